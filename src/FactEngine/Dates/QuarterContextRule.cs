namespace FactEngine.Dates;

/// <summary>In a sentence about a quarter or a company's results ("net rose to $87 million from $58 million a year
/// earlier"), "a year ago", "a year earlier" and "year-ago" mean the year-ago quarter, as financial news and
/// TimeBank read them.</summary>
internal static class QuarterContextRule
{
    public static DateExpression Apply(DateExpression expression, string text, int start, int end) =>
        expression is ShiftedDate { Unit: TimeUnit.Year, Amount: -1, Base: null } && MentionsQuarter(text, start, end)
            ? new ReportedQuarter(-1)
            : expression;

    private static readonly string[] ResultsWords =
        ["quarter", "a share", "net income", "net loss", "earnings", "profit", "revenue", "sales", "net of", "net was"];

    private static bool MentionsQuarter(string text, int start, int end)
    {
        var sentence = text.AsSpan(start, end - start);
        foreach (var word in ResultsWords)
        {
            if (sentence.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
