namespace FactEngine.Dates;

/// <summary>Numbers that name something rather than a day of this year: "24/7" (all the time) is no date; "9/11" is
/// the attacks of 11 September 2001 ("the horror of 9/11", "post-9/11 wars"), unless a preposition or "date of" makes
/// it a day to come or just past ("the vote is scheduled for 9/11", "a voting date of 9/11"); "2006/07" and "2003-04"
/// are two years (a season, a fiscal year), not a month.</summary>
internal static class NumericNameRule
{
    /// <summary>"the 2006/07 season", "exports during 2003-04": a year and the next one's last two digits are a span of
    /// two years (a season, a fiscal year), not a month; "2022-01" stays January 2022.</summary>
    private static DateRange? SpanOfYears(ReadOnlySpan<char> written)
    {
        if (written.Length != 7 || written[4] is not ('-' or '/')
            || !int.TryParse(written[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(written[5..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var next)
            || next != (year + 1) % 100)
        {
            return null;
        }

        return new DateRange(new CalendarDate(year, null, null), new CalendarDate(year + 1, null, null));
    }

    private static readonly HashSet<string> DayPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "for", "by", "until", "till", "before", "after",
    };

    /// <summary>The expression read at text[at..matchEnd) in the sentence starting at <paramref name="start"/>,
    /// rewritten, or null when it is no date.</summary>
    public static DateExpression? Apply(DateExpression expression, string text, int start, int at, int matchEnd)
    {
        var written = text.AsSpan(at, matchEnd - at);
        if (written.SequenceEqual("24/7"))
        {
            return null;
        }

        if (SpanOfYears(written) is { } years)
        {
            return years;
        }

        if (!written.SequenceEqual("9/11"))
        {
            return expression;
        }

        var (previous, begin) = Neighbours.WordBefore(text, start, at);
        var (second, _) = Neighbours.WordBefore(text, start, begin);
        var aDay = DayPrepositions.Contains(previous)
            || (previous.Equals("of", StringComparison.OrdinalIgnoreCase)
                && (second.Equals("date", StringComparison.OrdinalIgnoreCase) || second.Equals("day", StringComparison.OrdinalIgnoreCase)));
        return aDay ? expression : new CalendarDate(2001, 9, 11);
    }
}
