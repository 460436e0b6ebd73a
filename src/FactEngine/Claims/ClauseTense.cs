using FactEngine.Compilation;
using FactEngine.Dates;
using FactEngine.Text;

namespace FactEngine.Claims;

/// <summary>Guesses the tense of a claim from its trigger verb and the auxiliaries just before it.</summary>
internal static class ClauseTense
{
    private static readonly HashSet<string> FutureAuxiliaries = new(StringComparer.Ordinal) { "will", "'ll", "shall", "would", "wo" };
    private static readonly HashSet<string> PresentAuxiliaries = new(StringComparer.Ordinal) { "is", "are", "am", "'s", "does", "do" };

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
