using FactEngine.Compilation;
using FactEngine.Dates;
using FactEngine.Text;

namespace FactEngine.Claims;

/// <summary>Guesses the tense of a claim from its trigger verb and the auxiliaries just before it.</summary>
internal static class ClauseTense
{
    private static readonly HashSet<string> FutureAuxiliaries = new(StringComparer.Ordinal) { "will", "'ll", "shall", "would", "wo" };
    private static readonly HashSet<string> PresentAuxiliaries = new(StringComparer.Ordinal) { "is", "are", "am", "'s", "does", "do" };

    /// <summary>The tense of a match: at its trigger, or — without one — at its first verb-like token.</summary>
    public static Tense OfMatch(IReadOnlyList<Token> tokens, int? trigger, int first, int end, int sentenceStart)
    {
        if (trigger is { } t)
        {
            return Of(tokens, t, sentenceStart);
        }

        for (var i = first; i < end; i++)
        {
            var word = tokens[i].Norm;
            if (FutureAuxiliaries.Contains(word))
            {
                return Tense.Future;
            }

            if (tokens[i].IsWord && !tokens[i].IsCapitalized && VerbForms.IsPastForm(word))
            {
                return Tense.Past;
            }
        }

        return Tense.Unknown;
    }

    public static Tense Of(IReadOnlyList<Token> tokens, int trigger, int sentenceStart)
    {
        for (var i = trigger - 1; i >= Math.Max(sentenceStart, trigger - 4); i--)
        {
            var word = tokens[i].Norm;
            if (FutureAuxiliaries.Contains(word))
            {
                return Tense.Future;
            }

            if (word is "has" or "have" or "had" or "was" or "were" or "did")
            {
                return Tense.Past;
            }

            if (PresentAuxiliaries.Contains(word))
            {
                return Tense.Present;
            }
        }

        return VerbForms.IsPastForm(tokens[trigger].Norm) ? Tense.Past : Tense.Present;
    }
}
