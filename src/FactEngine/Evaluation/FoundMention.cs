using FactEngine.Dates;

namespace FactEngine.Evaluation;

/// <summary>A date mention found and resolved in a suite text, as the engine would produce it.</summary>
internal sealed record FoundMention(int Start, int End, string Text, TemporalValue Value)
{
    public bool Overlaps(int start, int end) => Start < end && start < End;

    /// <summary>Finds and resolves every date in <paramref name="text"/>; each resolves with the previous Date as context,
    /// starting from <paramref name="previous"/> (the last date of the sentences before, in the same document), which
    /// it leaves at the last date found; <paramref name="referenceTime"/> and <paramref name="referenceOffset"/> are the
    /// reference's time of day and offset from UTC, when known.</summary>
    public static IReadOnlyList<FoundMention> FindAll(string text, DateOnly? reference, DateMode mode, ref TemporalValue? previous,
        TimeOnly? referenceTime = null, TimeSpan? referenceOffset = null)
    {
        var mentions = new List<FoundMention>();
        foreach (var match in DateRecognizer.Find(text, 0, text.Length))
        {
            var tense = TenseGuesser.Guess(text, 0, text.Length, match.Start);
            var value = DateResolver.Resolve(match.Expression, new DateContext(reference, mode, tense, previous, referenceTime, referenceOffset));
            mentions.Add(new FoundMention(match.Start, match.End, text[match.Start..match.End], value));
            if (value.Kind == TemporalKind.Date && value.Resolved)
            {
                previous = value;
            }
        }

        return mentions;
    }
}
