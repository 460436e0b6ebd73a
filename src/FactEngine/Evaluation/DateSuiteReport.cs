namespace FactEngine.Evaluation;

/// <summary>One miss: a gold DATE not found with its value (Expected set), or a spurious mention (Expected null).</summary>
public sealed record DateSuiteError(string Text, string Reference, string? ExpectedSpan, string? ExpectedValue, string? FoundSpan, string? FoundValue);

/// <summary>The score of one conformance suite.</summary>
/// <param name="Cases">Test cases read.</param>
/// <param name="GoldDates">Gold DATE expressions (TIME when the TIME gold is scored).</param>
/// <param name="Correct">Gold DATEs overlapped by a found mention with an equal value.</param>
/// <param name="Found">Found mentions of kind Date.</param>
/// <param name="Spurious">Found Date mentions that overlap no gold expression of any type.</param>
public sealed record DateSuiteReport(int Cases, int GoldDates, int Correct, int Found, int Spurious, IReadOnlyList<DateSuiteError> Errors)
{
    public double Accuracy => GoldDates == 0 ? 0 : (double)Correct / GoldDates;

    public double SpuriousRate => Found == 0 ? 0 : (double)Spurious / Found;
}

/// <summary>How a found value is compared with a gold value.</summary>
public enum DateValueMatching
{
    /// <summary>The strings must be equal (TimeBank, AQUAINT, Duckling).</summary>
    Exact,

    /// <summary>Equal, or the gold value is a day inside the found period: chrono reports "Sep 2012" as
    /// 2012-09-01 and "next week" as the reference plus seven days.</summary>
    DayWithinPeriod,
}
