using FactEngine.Dates;

namespace FactEngine.Evaluation;

/// <summary>A date mention found and resolved in a suite text, as the engine would produce it.</summary>
internal sealed record FoundMention(int Start, int End, string Text, TemporalValue Value)
{
    public bool Overlaps(int start, int end) => Start < end && start < End;

    /// <summary>Finds and resolves every date in <paramref name="text"/>; each resolves with the previous Date as context.</summary>
    public static IReadOnlyList<FoundMention> FindAll(string text, DateOnly? reference, DateMode mode)
    {
        var mentions = new List<FoundMention>();
        TemporalValue? previous = null;
        foreach (var match in DateRecognizer.Find(text, 0, text.Length))
        {
            var tense = TenseGuesser.Guess(text, 0, text.Length, match.Start);
            var value = DateResolver.Resolve(match.Expression, new DateContext(reference, mode, tense, previous));
            mentions.Add(new FoundMention(match.Start, match.End, text[match.Start..match.End], value));
            if (value.Kind == TemporalKind.Date && value.Resolved)
            {
                previous = value;
            }
        }

        return mentions;
    }
}
