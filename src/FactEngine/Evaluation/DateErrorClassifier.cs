using System.Globalization;
using System.Text.RegularExpressions;

namespace FactEngine.Evaluation;

/// <summary>Sorts the errors of a date suite into classes by the shape of the gold and found values, so a run says
/// what kind of miss remains ("the gold writes 1949 as 1949-XX", "a weekday a week off") without reading every case.
/// The classes describe the values, not who is right: a week-off weekday may be the engine's error or the gold's.</summary>
public static partial class DateErrorClassifier
{
    /// <summary>The classes, in the order they are tried and printed.</summary>
    public static IReadOnlyList<string> Classes { get; } =
    [
        "spurious vague reference",
        "spurious date",
        "gold vague reference (PAST_REF, FUTURE_REF…)",
        "gold part of day (TMO, TNI…)",
        "gold clock time",
        "gold set or duration (P1D…)",
        "gold underspecified (1949-XX, 1989-WXX, 1988-QX)",
        "not found",
        "weekday a week off",
        "another day",
        "another year, same form",
        "same form, another value (1989-Q3 vs 1989-Q2)",
        "another grain (1988 vs 1988-Q3)",
        "other",
    ];

    public static string Classify(DateSuiteError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.ExpectedValue is not { } gold)
        {
            return IsReference(error.FoundValue) ? Classes[0] : Classes[1];
        }

        var found = error.FoundValue;
        return gold switch
        {
            _ when IsReference(gold) => Classes[2],
            _ when PartOfDay().IsMatch(gold) => Classes[3],
            _ when ClockTime().IsMatch(gold) => Classes[4],
            _ when gold.StartsWith('P') => Classes[5],
            _ when Underspecified(gold, found) => Classes[6],
            _ when found is null => Classes[7],
            _ when DaysApart(gold, found) is int days => Math.Abs(days) == 7 ? Classes[8] : Classes[9],
            _ when Shape().Replace(gold, "9") == Shape().Replace(found, "9") && gold[4..] == found[4..] => Classes[10],
            _ when Shape().Replace(gold, "9") == Shape().Replace(found, "9") => Classes[11],
            _ when Shape().Replace(gold, "9") != Shape().Replace(found, "9") => Classes[12],
            _ => Classes[13],
        };
    }

    /// <summary>How many errors of each class, in <see cref="Classes"/> order, classes with none left out.</summary>
    public static IReadOnlyList<(string Class, int Count)> Tally(IEnumerable<DateSuiteError> errors)
    {
        var counts = errors.GroupBy(Classify).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. Classes.Where(counts.ContainsKey).Select(c => (c, counts[c]))];
    }

    private static bool IsReference(string? value) => value is not null && (value.EndsWith("_REF", StringComparison.Ordinal) || value == "PXY");

    /// <summary>The gold has X placeholders where the found value is specific, and agrees with it before them
    /// (gold 1949-XX, found 1949; gold 1989-WXX, found 1989-W43). A gold value nothing was found for is "not found".</summary>
    private static bool Underspecified(string gold, string? found)
    {
        var cut = gold.IndexOf('X', StringComparison.Ordinal);
        if (cut < 0)
        {
            return false;
        }

        var known = gold[..cut].TrimEnd('-', 'W', 'Q');
        return found is not null && found.StartsWith(known, StringComparison.Ordinal) && !found.Contains('X', StringComparison.Ordinal);
    }

    private static int? DaysApart(string gold, string? found) =>
        found is not null
        && DateOnly.TryParseExact(gold, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var g)
        && DateOnly.TryParseExact(found, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f)
        && Math.Abs(g.DayNumber - f.DayNumber) <= 7
            ? g.DayNumber - f.DayNumber
            : null;

    [GeneratedRegex(@"T(MO|AF|EV|NI|DT)$")]
    private static partial Regex PartOfDay();

    [GeneratedRegex(@"T\d\d")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\d")]
    private static partial Regex Shape();
}
