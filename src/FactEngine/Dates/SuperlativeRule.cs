namespace FactEngine.Dates;

/// <summary>"the smallest gain in a year", "the lowest level in a decade", "for the first time in five years", "the
/// third time in 100 years": after a superlative or an ordinal, "in a year" looks back over the past year; it is a
/// length of time (P1Y), not a point a year ahead.</summary>
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

    /// <summary>Ordinals that count occurrences over a past span: "for the third time in 100 years".</summary>
    private static readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    };

    /// <summary>How many words before "in a year" a superlative may stand: "the largest funding boost for policing in a
    /// decade", "the first German foreign minister to visit Australia in 13 years".</summary>
    private const int Window = 7;

    /// <summary>The expression read at text[at..) in the sentence text[start..end): a duration for "in a year" when a
    /// superlative or an ordinal stands within <see cref="Window"/> words before it in the same clause ("the highest in a
    /// decade", "the smallest gain in a year", "the third time in 100 years") and the clause is not in the future
    /// tense ("The biggest bank will merge in two years" is a point ahead); else unchanged.</summary>
    public static DateExpression Apply(DateExpression expression, string text, int start, int end, int at)
    {
        if (expression is not ShiftedDate { Base: null, Amount: > 0 } shift
            || !(StartsWithWord(text, at, "in") || StartsWithWord(text, at, "within"))
            || !SuperlativeBefore(text, start, at)
            || TenseGuesser.Guess(text, start, end, at) == Tense.Future)
        {
            return expression;
        }

        return new DurationExpression(shift.Unit, shift.Amount);
    }

    private static bool SuperlativeBefore(string text, int start, int at)
    {
        var position = at;
        for (var i = 0; i < Window; i++)
        {
            var (word, begin) = Neighbours.WordBefore(text, start, position);
            if (word.Length == 0)
            {
                return false;
            }

            if (IsSuperlative(word) || Ordinals.Contains(word))
            {
                return true;
            }

            position = begin;
        }

        return false;
    }

    private static bool IsSuperlative(string word) =>
        Superlatives.Contains(word)
        || (word.Length > 4 && word.EndsWith("est", StringComparison.OrdinalIgnoreCase) && !NotSuperlatives.Contains(word));

    private static bool StartsWithWord(string text, int at, string word) =>
        at + word.Length < text.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && !char.IsLetter(text[at + word.Length]);
}
