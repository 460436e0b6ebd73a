namespace FactEngine.Dates;

/// <summary>Finds date expressions in text: a cheap scan picks the words that can begin a date
/// (<see cref="DateStartWords"/>), and the Sprache grammar runs only there.</summary>
public static class DateRecognizer
{
    /// <summary>Finds non-overlapping date expressions in text[start..end), left to right, longest first.</summary>
    public static IReadOnlyList<DateExpressionMatch> Find(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = new List<DateExpressionMatch>();
        var slice = TextSliceInput.Create(text, start, end);
        var position = start;
        while (position < end)
        {
            if (!IsWordStart(text, start, position) || !DateStartWords.CanStartDate(text, position, end))
            {
                position++;
                continue;
            }

            var read = DateGrammar.TryRead(slice.At(position));
            if (read is { } found && EndsOnWordBoundary(text, found.End, end))
            {
                var matchEnd = TrimEnd(text, position, found.End);
                var expression = VagueFutureRule.Apply(QuarterContextRule.Apply(found.Expression, text, start, end, position, matchEnd),
                    text, start, end, position, matchEnd);
                expression = expression is null ? null : DeferralRule.Apply(SuperlativeRule.Apply(expression, text, start, end, position), text, start, position);
                expression = expression is null ? null : NumericNameRule.Apply(expression, text, start, position, matchEnd);
                expression = expression is AnaphoricDay day && matches.Count > 0
                    && AppositionRule.NamesSameDay(day, text, matches[^1].End, position, matchEnd, end) ? day with { Offset = 0 } : expression;
                if (IsCount(text, end, position, matchEnd))
                {
                    position = SkipWord(text, position, end);
                    continue;
                }

                if (expression is not null && !IsPartOfName(text, start, position, matchEnd) && !IsAmount(text, start, end, position, matchEnd)
                    && !IsSurname(expression, text, start, position, matchEnd))
                {
                    matches.Add(new DateExpressionMatch(position, matchEnd, expression));
                    if ((expression as CalendarDate ?? (expression as DeferredDate)?.Date as CalendarDate) is { } date)
                    {
                        var listed = DayListRule.Following(date, text, matchEnd, end);
                        matches.AddRange(listed);
                        matchEnd = listed.Count > 0 ? listed[^1].End : matchEnd;
                    }
                }

                position = matchEnd;
            }
            else
            {
                position = SkipWord(text, position, end);
            }
        }

        return matches;
    }

    /// <summary>"Theresa May", "Pat April": a bare capitalised month right after a capitalised word that is no
    /// preposition, modifier or date word is a surname.</summary>
    private static bool IsSurname(DateExpression expression, string text, int start, int position, int matchEnd)
    {
        if (expression is not CalendarDate { Year: null, Day: null, Month: not null } || !char.IsUpper(text[position]))
        {
            return false;
        }

        var (previous, _) = Neighbours.WordBefore(text, start, position);
        return previous.Length > 1 && char.IsUpper(previous[0]) && matchEnd - position == WordLength(text, position)
            && !NotFirstNames.Contains(previous) && !DateWords.Months.ContainsKey(previous) && !DateWords.Weekdays.ContainsKey(previous);
    }

    private static int WordLength(string text, int position)
    {
        var stop = position;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return stop - position;
    }

    /// <summary>Capitalised words that open a sentence or a date phrase before a month: "In May", "Since March", "Late June".</summary>
    private static readonly HashSet<string> NotFirstNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "by", "since", "until", "till", "last", "next", "this", "early", "late", "mid", "before", "after",
        "from", "during", "through", "throughout", "of", "and", "or", "but", "around", "between", "each", "every", "that",
        "the", "as", "for", "to", "at", "then", "also", "only", "even", "when", "while", "so", "if",
        "earlier", "later", "again", "still", "now", "yet", "come",
    };

    /// <summary>"$4-5 billion", "3/4 percent": digits after a currency sign or before a magnitude are an amount, not a date.</summary>
    private static bool IsAmount(string text, int start, int end, int position, int matchEnd)
    {
        foreach (var c in text.AsSpan(position, matchEnd - position))
        {
            if (char.IsLetter(c))
            {
                return false;
            }
        }

        var before = position;
        while (before > start && text[before - 1] == ' ')
        {
            before--;
        }

        if (before > start && text[before - 1] is '$' or '£' or '€' or '¥')
        {
            return true;
        }

        return Magnitudes.Contains(WordAfter(text, end, matchEnd));
    }

    /// <summary>"by 10-15 years", "in 3-4 days": a match ending in a one- or two-digit number that a unit of time
    /// follows is a count; the scan goes on from the next word, where the duration ("10-15 years") is read. A year
    /// before a unit ("the 1988 quarter") stays a date.</summary>
    private static bool IsCount(string text, int end, int position, int matchEnd)
    {
        var digits = 0;
        while (matchEnd - digits > position && char.IsDigit(text[matchEnd - digits - 1]))
        {
            digits++;
        }

        return digits is 1 or 2 && DateWords.Units.ContainsKey(WordAfter(text, end, matchEnd));
    }

    private static string WordAfter(string text, int end, int at)
    {
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        var wordEnd = at;
        while (wordEnd < end && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '%'))
        {
            wordEnd++;
        }

        return text[at..wordEnd];
    }

    private static readonly HashSet<string> Magnitudes = new(StringComparer.OrdinalIgnoreCase)
    {
        "%", "percent", "per", "pct", "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k",
    };

    /// <summary>"USA Today", "Russia Today": a capitalised "Today" right after a capitalised word (not a month or weekday)
    /// is a name; a "Today" that opens a sentence follows no word.</summary>
    private static bool IsPartOfName(string text, int start, int position, int end)
    {
        if (end - position != 5 || string.CompareOrdinal(text, position, "Today", 0, 5) != 0)
        {
            return false;
        }

        var stop = position;
        while (stop > start && text[stop - 1] == ' ')
        {
            stop--;
        }

        var begin = stop;
        while (begin > start && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return stop - begin >= 2 && char.IsUpper(text[begin]) && !DateWords.Months.ContainsKey(text[begin..stop]) && !DateWords.Weekdays.ContainsKey(text[begin..stop]);
    }

    private static bool IsWordStart(string text, int start, int position) =>
        (char.IsLetterOrDigit(text[position]) && (position == start || !char.IsLetterOrDigit(text[position - 1]))
            && !InsideNumber(text, start, position) && !InsideCode(text, start, position))
        || (text[position] == '\'' && position + 1 < text.Length && char.IsDigit(text[position + 1]));

    /// <summary>"1-2-3", "10.1", "2014/13/22": a digit after a digit and a separator continues a number.</summary>
    private static bool InsideNumber(string text, int start, int position) =>
        char.IsDigit(text[position]) && position - 2 >= start
        && text[position - 1] is '-' or '/' or '.' or ':' or ',' && char.IsDigit(text[position - 2]);

    /// <summary>"ES-11/1", "F-16", "MiG-29", "Su-25": digits after a hyphen and a short capitalised prefix are a
    /// designation, not a date ("Sep-2012" is a month; "mid-2022" is lower case and read on).</summary>
    private static bool InsideCode(string text, int start, int position)
    {
        if (!char.IsDigit(text[position]) || position - 2 < start || text[position - 1] != '-')
        {
            return false;
        }

        var begin = position - 1;
        while (begin > start && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        var prefix = text.AsSpan(begin, position - 1 - begin);
        return prefix.Length is >= 1 and <= 3 && prefix.ContainsAnyInRange('A', 'Z') && !DateWords.Months.ContainsKey(prefix.ToString());
    }

    private static bool EndsOnWordBoundary(string text, int position, int end) =>
        position >= end || !char.IsLetterOrDigit(text[position]) || !char.IsLetterOrDigit(text[position - 1]);

    /// <summary>Drops trailing spaces and commas the grammar consumed while looking for more, and a period
    /// that ends the sentence rather than an abbreviation ("Monday." but "Jan.").</summary>
    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start + 1 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        if (end > start + 1 && text[end - 1] == '.' && !EndsWithAbbreviation(text, start, end - 1))
        {
            end--;
        }

        return end;
    }

    private static bool EndsWithAbbreviation(string text, int start, int end)
    {
        var letters = 0;
        while (end - letters > start && char.IsLetter(text[end - letters - 1]))
        {
            letters++;
        }

        return letters > 0 && DateWords.Abbreviations.Contains(text.Substring(end - letters, letters));
    }

    private static int SkipWord(string text, int position, int end)
    {
        var next = position + 1;
        if (!char.IsLetterOrDigit(text[position]))
        {
            return next;
        }

        while (next < end && char.IsLetterOrDigit(text[next]))
        {
            next++;
        }

        return next;
    }
}
