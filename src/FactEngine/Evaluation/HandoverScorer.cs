using FactEngine.Claims;
using FactEngine.Extraction;

namespace FactEngine.Evaluation;

/// <summary>
/// Compares extracted handover claims with the annotated development set, article by article. A claim matches
/// a gold handover when its evidence sentence overlaps one of the gold evidence sentences and at least one role
/// agrees (a shared giver, a shared recipient, the gold item's head word in the claim's item, or the claim's item
/// inside the gold item's text, as when one gold item list is claimed item by item). Precision and
/// recall count positive asserted handovers only; a predicted done handover that matches only a negative or
/// non-asserted gold one is counted apart.
/// </summary>
public static class HandoverScorer
{
    public static HandoverScore Score(IReadOnlyDictionary<string, List<GoldHandover>> gold, IEnumerable<ArticleExtraction> extractions)
    {
        var (goldCount, predicted, matchedGold, matchedPredicted, datesRight, datesWithGold, datesWithGoldRight, nonAsserted) =
            (0, 0, 0, 0, 0, 0, 0, 0);
        var falsePositives = new List<(string, Claim, string)>();
        var missed = new List<GoldHandover>();
        var dateErrors = new List<(GoldHandover, Claim)>();
        foreach (var extraction in extractions)
        {
            if (!gold.TryGetValue(extraction.Input.Id, out var handovers))
            {
                continue;
            }

            var positives = handovers.Where(h => h.IsPositiveAsserted).ToList();
            var others = handovers.Where(h => !h.IsPositiveAsserted).ToList();
            var claims = extraction.Claims.Where(c => c.Type == "handover" && c.IsPositiveAsserted).ToList();
            goldCount += positives.Count;
            predicted += claims.Count;
            var usedGold = new HashSet<GoldHandover>();
            foreach (var claim in claims)
            {
                var match = positives.FirstOrDefault(g => Matches(g, claim) && !usedGold.Contains(g))
                            ?? positives.FirstOrDefault(g => Matches(g, claim));
                if (match is null)
                {
                    var wrongModality = others.FirstOrDefault(g => Matches(g, claim));
                    nonAsserted += wrongModality is null ? 0 : 1;
                    falsePositives.Add((extraction.Input.Id, claim, wrongModality is null
                        ? "no gold handover"
                        : $"gold says {wrongModality.Polarity} {wrongModality.Modality}"));
                    continue;
                }

                matchedPredicted++;
                usedGold.Add(match);
                var when = claim.Role("when").FirstOrDefault()?.Value;
                var right = string.Equals(when, match.When, StringComparison.Ordinal);
                datesRight += right ? 1 : 0;
                if (match.When is not null)
                {
                    datesWithGold++;
                    datesWithGoldRight += right ? 1 : 0;
                }

                if (!right)
                {
                    dateErrors.Add((match, claim));
                }
            }

            matchedGold += usedGold.Count;
            missed.AddRange(positives.Where(g => !usedGold.Contains(g)));
        }

        return new HandoverScore(goldCount, predicted, matchedGold, matchedPredicted, datesRight, datesWithGold, datesWithGoldRight,
            nonAsserted, falsePositives, missed, dateErrors);
    }

    private static bool Matches(GoldHandover gold, Claim claim)
    {
        if (!gold.Evidence.Any(e => Overlap(e, claim.Evidence.Text)))
        {
            return false;
        }

        var givers = claim.Role("giver").Select(v => v.Value ?? v.Text).ToList();
        var recipients = claim.Role("recipient").Select(v => v.Value ?? v.Text).ToList();
        var item = string.Join(" ", claim.Role("item").Select(v => v.Text));
        return gold.Givers.Any(g => givers.Contains(g, StringComparer.OrdinalIgnoreCase))
               || gold.Recipients.Any(r => recipients.Contains(r, StringComparer.OrdinalIgnoreCase))
               || (HeadWord(gold.Item) is { } head && item.Contains(head, StringComparison.OrdinalIgnoreCase))
               || (item.Length > 0 && gold.ItemText.Contains(item, StringComparison.OrdinalIgnoreCase));
    }

    private static bool Overlap(string goldSentence, string evidence) =>
        goldSentence.Contains(evidence, StringComparison.Ordinal)
        || evidence.Contains(goldSentence, StringComparison.Ordinal)
        || (goldSentence.Length > 40 && evidence.Contains(goldSentence[..40], StringComparison.Ordinal))
        || (evidence.Length > 40 && goldSentence.Contains(evidence[..40], StringComparison.Ordinal));

    private static string? HeadWord(string item)
    {
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : words[^1];
    }
}
