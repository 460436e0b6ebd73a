namespace FactEngine.Dates;

/// <summary>Bare day numbers listed after a month-day take its month and year: "on April 24 and 25", "March 3, 4 and
/// 5", "between May 2 and 3". Each number must be a later day of that month and end the list: followed by
/// punctuation, the end of the sentence or a function word, so "on May 2 and 3 people died" keeps its count.</summary>
internal static class DayListRule
{
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "and", "or" };

    private static readonly HashSet<string> WordsAfterDay = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "at", "in", "on", "to", "when", "while", "with", "for", "as", "after", "before", "but", "during",
        "respectively", "this", "last", "next", "of",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoinerLookup = Joiners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordAfterDayLookup =
        WordsAfterDay.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The day numbers listed after <paramref name="date"/>, which ends at <paramref name="at"/> in a sentence
    /// ending at <paramref name="end"/>: each its span and date.</summary>
    public static List<DateExpressionMatch> Following(CalendarDate date, string text, int at, int end)
    {
        var found = new List<DateExpressionMatch>();
        if (date is not { Month: int month, Day: int first })
        {
            return found;
        }

        var days = DateTime.DaysInMonth(date.Year is >= 1 and <= 9999 and var year ? year : 2000, month);
        var previous = first;
        var position = at;
        while (ReadJoiner(text, position, end) is int numberAt && ReadDay(text, numberAt, end) is (int day, int dayEnd)
            && day > previous && day <= days && EndsList(text, dayEnd, end))
        {
            found.Add(new DateExpressionMatch(numberAt, dayEnd, date with { Day = day }));
            previous = day;
            position = dayEnd;
        }

        return found;
    }

    /// <summary>", ", " and ", ", and ", " or ": the position after it, or null.</summary>
    private static int? ReadJoiner(string text, int position, int end)
    {
        var comma = false;
        if (position < end && text[position] == ',')
        {
            comma = true;
            position++;
        }

        var spaced = SkipSpaces(text, ref position, end);
        if (!spaced)
        {
            return null;
        }

        var word = WordAt(text, position, end);
        if (JoinerLookup.Contains(word))
        {
            position += word.Length;
            return SkipSpaces(text, ref position, end) ? position : null;
        }

        return comma ? position : null;
    }

    /// <summary>"25", "25th" not followed by a letter or digit (nor by ",5", ".5", "%").</summary>
    private static (int Day, int End)? ReadDay(string text, int position, int end)
    {
        var stop = position;
        while (stop < end && stop - position < 3 && char.IsDigit(text[stop]))
        {
            stop++;
        }

        if (stop == position || stop - position > 2)
        {
            return null;
        }

        var day = int.Parse(text.AsSpan(position, stop - position), System.Globalization.CultureInfo.InvariantCulture);
        var suffix = WordAt(text, stop, end);
        if (suffix is "st" or "nd" or "rd" or "th")
        {
            stop += 2;
        }

        if (stop < end && (char.IsLetterOrDigit(text[stop]) || text[stop] == '%'
            || (text[stop] is ',' or '.' or ':' or '/' or '-' && stop + 1 < end && char.IsDigit(text[stop + 1]))))
        {
            return null;
        }

        return (day, stop);
    }

    /// <summary>Punctuation, the end, or a function word after the day: not a noun it would count.</summary>
    private static bool EndsList(string text, int position, int end)
    {
        var after = position;
        SkipSpaces(text, ref after, end);
        if (after >= end || !char.IsLetterOrDigit(text[after]))
        {
            return true;
        }

        return WordAfterDayLookup.Contains(WordAt(text, after, end));
    }

    private static bool SkipSpaces(string text, ref int position, int end)
    {
        var from = position;
        while (position < end && text[position] == ' ')
        {
            position++;
        }

        return position > from;
    }

    private static ReadOnlySpan<char> WordAt(string text, int position, int end)
    {
        var stop = position;
        while (stop < end && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return text.AsSpan(position, stop - position);
    }
}
