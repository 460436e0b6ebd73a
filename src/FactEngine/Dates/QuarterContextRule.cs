namespace FactEngine.Dates;

/// <summary>Financial news reads "a year ago", "a year earlier", "year-ago" and "the 1988 period" by the results the
/// sentence reports: the year-ago quarter when it reports a quarter ("third-quarter profit rose 19% from a year ago":
/// the third quarter of the year before), the year before when it reports a longer span ("for the nine months, net
/// was $306 million against $195 million a year earlier"). The cue nearest the date decides; a sentence about results
/// that names no span keeps the quarter reading (the last full quarter before publication).</summary>
internal static class QuarterContextRule
{
    private static readonly string[] ResultsWords =
        ["quarter", "a share", "net income", "net loss", "earnings", "profit", "revenue", "sales", "net of", "net was", "results"];

    private static readonly (string Cue, int Quarter)[] QuarterCues =
    [
        ("first quarter", 1), ("first-quarter", 1), ("second quarter", 2), ("second-quarter", 2),
        ("third quarter", 3), ("third-quarter", 3), ("fourth quarter", 4), ("fourth-quarter", 4),
        ("quarter", 0),
    ];

    private static readonly string[] LongerSpanCues =
        ["nine months", "six months", "first half", "full year", "fiscal year", "latest year", "for the year"];

    /// <summary>The expression read at text[<paramref name="at"/>..<paramref name="atEnd"/>) in the sentence
    /// text[start..end), rewritten when the sentence reports a quarter's or a longer span's results.</summary>
    public static DateExpression Apply(DateExpression expression, string text, int start, int end, int at, int atEnd) => expression switch
    {
        OpenRange range when Apply(range.Bound, text, start, end, at, atEnd) is var bound && !ReferenceEquals(bound, range.Bound) =>
            range with { Bound = bound },
        ShiftedDate { Unit: TimeUnit.Year, Amount: -1, Base: null } => Scope(text, start, end, at, atEnd) switch
        {
            { IsQuarter: true, Quarter: var quarter } => new ReportedQuarter(-1, quarter),
            _ => expression,
        },
        QuarterDate { Number: null, Year: int year } => Scope(text, start, end, at, atEnd) switch
        {
            { IsQuarter: false, Found: true } => new CalendarDate(year, null, null),
            { Quarter: int quarter } => new QuarterDate(quarter, year, Relation.None),
            _ => expression,
        },
        ReportedQuarter { Number: null } reported when Scope(text, start, end, at, atEnd).Quarter is int quarter =>
            reported with { Number = quarter },
        _ => expression,
    };

    /// <summary>What the results of the sentence are about, judged from the cue nearest to the date.</summary>
    private readonly record struct ResultsScope(bool Found, bool IsQuarter, int? Quarter);

    private static ResultsScope Scope(string text, int start, int end, int at, int atEnd)
    {
        var sentence = text.AsSpan(start, end - start);
        var (from, to) = (at - start, atEnd - start);
        var quarterDistance = int.MaxValue;
        int? quarter = null;
        var quarterNumberDistance = int.MaxValue;
        foreach (var (cue, number) in QuarterCues)
        {
            foreach (var index in Occurrences(sentence, cue))
            {
                if (index >= from && index < to)
                {
                    continue;
                }

                var distance = Distance(index, cue.Length, from, to);
                quarterDistance = Math.Min(quarterDistance, distance);
                if (number > 0 && distance < quarterNumberDistance)
                {
                    quarter = number;
                    quarterNumberDistance = distance;
                }
            }
        }

        var longerDistance = int.MaxValue;
        foreach (var cue in LongerSpanCues)
        {
            foreach (var index in Occurrences(sentence, cue))
            {
                longerDistance = Math.Min(longerDistance, Distance(index, cue.Length, from, to));
            }
        }

        if (longerDistance < quarterDistance)
        {
            return new ResultsScope(Found: true, IsQuarter: false, Quarter: null);
        }

        if (quarterDistance < int.MaxValue)
        {
            return new ResultsScope(Found: true, IsQuarter: true, Quarter: quarter);
        }

        foreach (var word in ResultsWords)
        {
            if (sentence.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return new ResultsScope(Found: false, IsQuarter: true, Quarter: null);
            }
        }

        return default;
    }

    private static int Distance(int index, int length, int from, int to) =>
        index < from ? Math.Max(0, from - (index + length)) : Math.Max(0, index - to);

    private static List<int> Occurrences(ReadOnlySpan<char> sentence, string cue)
    {
        var found = new List<int>();
        var from = 0;
        while (from < sentence.Length && sentence[from..].IndexOf(cue, StringComparison.OrdinalIgnoreCase) is var i and >= 0)
        {
            var index = from + i;
            var after = index + cue.Length;
            if ((index == 0 || !char.IsLetter(sentence[index - 1])) && (after >= sentence.Length || !char.IsLetter(sentence[after])))
            {
                found.Add(index);
            }

            from = index + 1;
        }

        return found;
    }
}
