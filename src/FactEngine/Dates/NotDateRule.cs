namespace FactEngine.Dates;

/// <summary>What the grammar reads as a date but is not one: amounts ("$4-5 billion"), counts ("by 10-15 years"), names
/// ("Russia Today", "Theresa May"), designations ("ES-11/1", "F-16"), scores and odds ("won 6-1", "25/1").</summary>
internal static class NotDateRule
{
    /// <summary>The expression read at text[position..matchEnd) in the sentence text[start..end) is no date.</summary>
    public static bool Applies(DateExpression expression, string text, int start, int end, int position, int matchEnd) =>
        IsPartOfName(text, start, position, matchEnd) || IsAmount(text, start, end, position, matchEnd)
        || IsSurname(expression, text, start, position, matchEnd) || IsScoreOrOdds(expression, text, start, position, matchEnd);

    /// <summary>"won 6-1", "a 2-1 win", "odds of 25/1": two small numbers joined by a hyphen or slash, with no year, are a
    /// score or odds unless a date preposition or a weekday comes before them ("on 2/15", "by 3-1", "Friday 5/31") or
    /// they open the sentence (a dateline).</summary>
    private static bool IsScoreOrOdds(DateExpression expression, string text, int start, int position, int matchEnd)
    {
        if (expression is not (CalendarDate { Year: null } or AmbiguousNumericDate { Primary.Year: null }))
        {
            return false;
        }

        var written = text.AsSpan(position, matchEnd - position);
        var separator = written.IndexOfAny('-', '/');
        if (separator is < 1 or > 2 || written.Length - separator - 1 is < 1 or > 2
            || !IsDigits(written[..separator]) || !IsDigits(written[(separator + 1)..]))
        {
            return false;
        }

        var (previous, _) = Neighbours.WordBefore(text, start, position);
        var opensSentence = text.AsSpan(start, position - start).Trim().IsEmpty;
        return !opensSentence && !DatePrepositions.Contains(previous) && !DateWords.Weekdays.ContainsKey(previous);
    }

    private static bool IsDigits(ReadOnlySpan<char> span) => !span.IsEmpty && !span.ContainsAnyExceptInRange('0', '9');

    private static readonly HashSet<string> DatePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "by", "since", "until", "till", "from", "before", "after", "through", "for",
    };

    /// <summary>"ES-11/1", "F-16", "MiG-29", "Su-25": digits after a hyphen and a short capitalised prefix are a
    /// designation, not a date ("Sep-2012" is a month; "mid-2022" is lower case and read on).</summary>
    public static bool InsideCode(string text, int start, int position)
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

    /// <summary>"Theresa May", "Pat April": a bare capitalised month right after a capitalised word that is no
    /// preposition, modifier or date word is a surname.</summary>
    private static bool IsSurname(DateExpression expression, string text, int start, int position, int matchEnd)
    {
        if (expression is not CalendarDate { Year: null, Day: null, Month: not null } || !char.IsUpper(text[position]))
        {
            return false;
        }

        var (previous, _) = Neighbours.WordBefore(text, start, position);
        return matchEnd - position == WordLength(text, position) && IsCapitalisedNonDateWord(previous) && !NotFirstNames.Contains(previous);
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
    public static bool IsCount(string text, int end, int position, int matchEnd)
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
    private static bool IsPartOfName(string text, int start, int position, int end) =>
        end - position == 5 && string.CompareOrdinal(text, position, "Today", 0, 5) == 0
        && IsCapitalisedNonDateWord(Neighbours.WordBefore(text, start, position).Word);

    private static bool IsCapitalisedNonDateWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !DateWords.Months.ContainsKey(word) && !DateWords.Weekdays.ContainsKey(word);
}
