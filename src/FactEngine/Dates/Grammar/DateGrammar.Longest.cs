using Sprache;

namespace FactEngine.Dates;

/// <summary>The longest-match choice the whole grammar is built on.</summary>
internal static partial class DateGrammar
{
    /// <summary>Tries every option and keeps the one that reads furthest (the first on a tie), unlike
    /// Sprache's <c>Or</c>, which keeps the first that succeeds.</summary>
    private static Parser<T> Longest<T>(params Parser<T>[] options) => input =>
    {
        IResult<T>? best = null;
        foreach (var option in options)
        {
            var result = option(input);
            if (result.WasSuccessful && (best is null || result.Remainder.Position > best.Remainder.Position))
            {
                best = result;
            }
        }

        return best ?? Result.Failure<T>(input, "no date here", ["a date"]);
    };
}
