using Sprache;

namespace FactEngine.Dates;

/// <summary>Lengths of time: "three weeks", "a five-year low", "10-15 years", "several months",
/// "the past three years". Reported as durations (P3W), never as dates.</summary>
internal static partial class DateGrammar
{
    private static Parser<int?> VagueAmount => field ??=
        from words in Word("several", "few", "many", "some").Or(Word("a").FollowedBy(Space).Then(_ => Word("few")))
        select (int?)null;

    /// <summary>"10-15 years", "two to three weeks".</summary>
    private static Parser<DateExpression> DurationRange => field ??=
        from low in Amount
        from joiner in RangeJoiner
        from high in Amount
        from gap in Space
        from unit in Unit
        select (DateExpression)new DurationExpression(unit, low, high);

    /// <summary>"three weeks", "five-year", "a year", "several months", "the past three years"; "the past few months",
    /// "the last several quarters" are a vague past (PAST_REF), as "the past years" is.</summary>
    private static Parser<DateExpression> SimpleDuration => field ??=
        from lead in (from the in Word("the").FollowedBy(Space)
                      from which in Word("last", "past", "next", "first", "coming").FollowedBy(Space)
                      select which).Optional()
        from amount in Amount.Select(a => (int?)a).Or(VagueAmount)
        from gap in QuietParsers.Char('-').Or(QuietParsers.Char(' ')).AtLeastOnce()
        from unit in Unit
        from notAdjective in QuietParsers.Char('-').Then(_ => Word("ago", "earlier")).Not()
        select amount is null && lead.GetOrDefault() is { } which && which.ToLowerInvariant() is "last" or "past"
            ? new GeneralReference("PAST_REF")
            : (DateExpression)new DurationExpression(unit, amount);

    private static Parser<DateExpression> DurationForms => field ??=
        Longest(DurationRange.StartingWith(NumberStarts), SimpleDuration.StartingWith(DurationStarts));
}
