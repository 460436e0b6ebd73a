using Sprache;

namespace FactEngine.Dates;

/// <summary>The date grammar: Sprache parsers, one partial file per family of forms
/// (Calendar, Numeric, Weekdays, Relative, Periods, Compound, Durations; shared tokens in Tokens,
/// the vocabulary in <see cref="DateWords"/>). Every parser is a lazily built property
/// (<c>field ??=</c>), so the parts may reference each other in any order. See Dates/README.md.</summary>
internal static partial class DateGrammar
{
    /// <summary>Any date, range or duration; the longest reading wins, dates before durations on a tie.</summary>
    private static Parser<DateExpression> Mention => field ??=
        Longest(Single, CompoundForms, DurationForms);

    /// <summary>Reads the longest date expression starting exactly at <paramref name="input"/>'s position.</summary>
    /// <returns>The expression and the offset where it ends, or null when no date starts there.</returns>
    public static (DateExpression Expression, int End)? TryRead(IInput input)
    {
        var result = Mention(input);
        return result.WasSuccessful ? (result.Value, result.Remainder.Position) : null;
    }
}
