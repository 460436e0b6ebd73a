using FactEngine.Numbers;

namespace FactEngine.Dates;

/// <summary>The pre-filter in front of the grammar: which words can begin a date. Heads (month and weekday
/// names, "yesterday", digits...) always can; modifiers ("the", "in", "last", "since"...) only when a head or
/// a unit noun follows within three words (modifiers and "of" in between not counted). Keeps the grammar from running at every word.</summary>
internal static class DateStartWords
{
    private const int Lookahead = 4;

    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "yesterday", "today", "tonight", "tomorrow", "tomorrows", "now", "currently", "current", "recently", "recent",
        "lately", "nowadays", "soon", "time", "noon", "midday", "midnight", "spring", "summer", "fall", "autumn", "winter", "q1", "q2", "q3", "q4",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "as", "then", "in", "on", "at", "by", "since", "until", "till", "from", "between", "before", "after", "through", "during",
        "last", "past", "previous", "this", "current", "next", "coming", "following", "upcoming", "that",
        "early", "mid", "late", "earlier", "later", "a", "an", "within", "several", "few", "many", "some",
        "end", "beginning", "start", "middle", "turn", "rest", "these", "latest", "upcoming", "comparable", "corresponding", "half",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "that" };

    private static readonly HashSet<string> AfterDeterminer = new(StringComparer.OrdinalIgnoreCase)
    {
        "near", "short", "full", "fiscal", "same", "year", "recent", "latest", "comparable", "corresponding", "couple",
        "closest", "nearest",
        "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
    };

    private static readonly HashSet<string> FollowerHeads = BuildFollowerHeads();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterDeterminerLookup = AfterDeterminer.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifierLookup = Modifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FollowerLookup = FollowerHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the word at <paramref name="position"/> may begin a date.</summary>
    public static bool CanStartDate(string text, int position, int end)
    {
        if (char.IsDigit(text[position]))
        {
            return NumberCanStartDate(text, position, end);
        }

        if (text[position] == '\'' || (text[position] is 'q' or 'Q' && position + 1 < end && char.IsDigit(text[position + 1])))
        {
            return true;
        }

        var word = WordAt(text, position, end);
        if (HeadLookup.Contains(word) || FollowerLookup.Contains(word))
        {
            return true;
        }

        if (DeterminerLookup.Contains(word))
        {
            return NextWordOpensDate(text, position + word.Length, end);
        }

        return ModifierLookup.Contains(word) && HeadFollows(text, position + word.Length, end);
    }

    /// <summary>After "the", "a", "an", "that" the very next word must be a head or a date modifier.</summary>
    private static bool NextWordOpensDate(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        if (position >= end)
        {
            return false;
        }

        if (char.IsDigit(text[position]) || text[position] == '\'')
        {
            return true;
        }

        var word = WordAt(text, position, end);
        return HeadLookup.Contains(word) || FollowerLookup.Contains(word) || ModifierLookup.Contains(word)
            || AfterDeterminerLookup.Contains(word);
    }

    /// <summary>A number can begin a date when it looks like a year (four digits), carries a suffix or a date
    /// separator ("26th", "15Sep", "1/26", "2022-01-26", "26.01."), or a date word follows it ("26 January",
    /// "two days ago"); not "1,700", "20%" or "10 people".</summary>
    private static bool NumberCanStartDate(string text, int position, int end)
    {
        var stop = position;
        while (stop < end && char.IsDigit(text[stop]))
        {
            stop++;
        }

        if (stop - position == 4 || stop >= end)
        {
            return true;
        }

        var next = text[stop];
        if (char.IsLetter(next) || (next is '/' or '-' or '.' or ':' && stop + 1 < end && char.IsLetterOrDigit(text[stop + 1])))
        {
            return true;
        }

        return char.IsWhiteSpace(next) && (HeadFollows(text, stop, end) || EraFollows(text, stop, end) || ClockFollows(text, stop, end));
    }

    /// <summary>A clock word after the number: "9 a.m.", "3 PM", "4 o'clock", "4 in the morning".</summary>
    private static bool ClockFollows(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        var word = WordAt(text, position, end);
        var after = position + word.Length;
        var punctuated = after < end && text[after] is '.' or '\'' or '\u2019';
        return word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase)
            || word.Equals("oclock", StringComparison.OrdinalIgnoreCase)
            || (punctuated && (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("p", StringComparison.OrdinalIgnoreCase)
                || word.Equals("o", StringComparison.OrdinalIgnoreCase)))
            || (word.Equals("in", StringComparison.OrdinalIgnoreCase) && HeadFollowsIn(text, after, end))
            || (word.Equals("this", StringComparison.OrdinalIgnoreCase) && PartOfDayFollows(text, after, end));
    }

    /// <summary>"morning", "afternoon", "evening", "night" after "this": "8 this evening".</summary>
    private static bool PartOfDayFollows(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        var word = WordAt(text, position, end);
        return word.Equals("morning", StringComparison.OrdinalIgnoreCase) || word.Equals("afternoon", StringComparison.OrdinalIgnoreCase)
            || word.Equals("evening", StringComparison.OrdinalIgnoreCase) || word.Equals("night", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"in the morning", "in the afternoon", "in the evening" after a number.</summary>
    private static bool HeadFollowsIn(string text, int position, int end)
    {
        var rest = text.AsSpan(position, Math.Min(end - position, 14)).TrimStart();
        return rest.StartsWith("the morning", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("the afternoon", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("the evening", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An era after the number: "14 AD", "345 b.c.".</summary>
    private static bool EraFollows(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        Span<char> era = stackalloc char[3];
        var length = 0;
        for (; position < end && (char.IsLetter(text[position]) || text[position] == '.'); position++)
        {
            if (text[position] == '.')
            {
                continue;
            }

            if (length == era.Length)
            {
                return false;
            }

            era[length++] = char.ToLowerInvariant(text[position]);
        }

        return era[..length] is "ad" or "bc" or "bce" or "ce";
    }

    private static bool HeadFollows(string text, int position, int end)
    {
        for (int words = 0, scanned = 0; words < Lookahead && scanned < 2 * Lookahead; scanned++)
        {
            while (position < end && !char.IsLetterOrDigit(text[position]))
            {
                position++;
            }

            if (position >= end)
            {
                return false;
            }

            if (char.IsDigit(text[position]))
            {
                return true;
            }

            var word = WordAt(text, position, end);
            if (HeadLookup.Contains(word) || FollowerLookup.Contains(word))
            {
                return true;
            }

            if (!ModifierLookup.Contains(word) && !word.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                words++;
            }

            position += word.Length;
        }

        return false;
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

    /// <summary>Words that are heads wherever they stand: months, weekdays, units, seasons, number words.</summary>
    private static HashSet<string> BuildFollowerHeads()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        words.UnionWith(DateWords.Months.Keys);
        words.UnionWith(DateWords.Weekdays.Keys);
        words.UnionWith(DateWords.Weekdays.Keys.Where(k => k.EndsWith("day", StringComparison.Ordinal)).Select(k => k + "s"));
        words.UnionWith(DateWords.Units.Keys);
        words.UnionWith(DateWords.UnitMultiples.Keys);
        words.UnionWith(DateWords.Seasons.Keys);
        words.UnionWith(NumberWords.All);
        words.UnionWith(Holidays.FirstWords);
        words.UnionWith(["future", "past", "year", "qtr", "couple", "period", "term", "present", "thousand", "minute", "minutes"]);
        return words;
    }
}
