namespace FactEngine.Dates;

/// <summary>"the smallest gain in a year", "the lowest level in a decade", "for the first time in five years": after a
/// superlative, "in a year" looks back over the past year; it is a length of time (P1Y), not a point a year ahead.</summary>
internal static class SuperlativeRule
{
    private static readonly HashSet<string> Superlatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "best", "worst", "most", "least", "first", "only",
    };

    private static readonly HashSet<string> NotSuperlatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "interest", "west", "request", "protest", "suggest", "forest", "contest", "arrest", "harvest", "invest", "test",
        "latest", "honest", "modest", "unrest", "manifest", "digest", "rest",
    };

    /// <summary>The expression read at text[at..) in the sentence starting at <paramref name="start"/>: a duration for
    /// "in a year" right after a superlative ("the highest in a decade") or a superlative and one noun ("the smallest
    /// gain in a year", "the first time in five years"), else unchanged.</summary>
    public static DateExpression Apply(DateExpression expression, string text, int start, int at)
    {
        if (expression is not ShiftedDate { Base: null, Amount: > 0 } shift
            || !(StartsWithWord(text, at, "in") || StartsWithWord(text, at, "within")))
        {
            return expression;
        }

        var (previous, before) = Neighbours.WordBefore(text, start, at);
        var (second, _) = Neighbours.WordBefore(text, start, before);
        return IsSuperlative(previous) || (previous.Length > 1 && IsSuperlative(second))
            ? new DurationExpression(shift.Unit, shift.Amount)
            : expression;
    }

    private static bool IsSuperlative(string word) =>
        Superlatives.Contains(word)
        || (word.Length > 4 && word.EndsWith("est", StringComparison.OrdinalIgnoreCase) && !NotSuperlatives.Contains(word));

    private static bool StartsWithWord(string text, int at, string word) =>
        at + word.Length < text.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && !char.IsLetter(text[at + word.Length]);
}
