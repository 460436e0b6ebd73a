namespace FactEngine.Dates;

/// <summary>In a sentence about a quarter ("profit rose 5% from a year ago in the third quarter"), "a year ago"
/// and "a year earlier" mean the year-ago quarter, as financial news and TimeBank read them.</summary>
internal static class QuarterContextRule
{
    public static DateExpression Apply(DateExpression expression, string text, int start, int end) =>
        expression is ShiftedDate { Unit: TimeUnit.Year, Amount: -1, Base: null } && MentionsQuarter(text, start, end)
            ? new ReportedQuarter(-1)
            : expression;

    private static bool MentionsQuarter(string text, int start, int end) =>
        text.AsSpan(start, end - start).Contains("quarter", StringComparison.OrdinalIgnoreCase);
}
