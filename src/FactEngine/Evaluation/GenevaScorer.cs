using System.Text.Json;
using FactEngine.Claims;
using FactEngine.Extraction;
using FactEngine.Reading;

namespace FactEngine.Evaluation;

/// <summary>Precision and recall of one role over the GENEVA records.</summary>
public sealed record RoleScore(string Role, int Predicted, int PredictedCorrect, int Gold, int GoldFound)
{
    public double Precision => Predicted == 0 ? 0 : (double)PredictedCorrect / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)GoldFound / Gold;
}

/// <summary>Scores on GENEVA: events detected, per-role precision and recall, false positives on the negatives.</summary>
public sealed record GenevaScore(int Records, int Detected, IReadOnlyList<RoleScore> Roles, int Negatives, int NegativesWithClaims)
{
    public double FalsePositiveRate => Negatives == 0 ? 0 : (double)NegativesWithClaims / Negatives;
}

/// <summary>
/// Scores handover claims on GENEVA's FrameNet transfer records (Giving, Sending, Supply) and its negatives.
/// A predicted role value is right when it shares a word with the gold span's head (its last word, once a
/// leading preposition is stripped — FrameNet spans keep "by the US").
/// </summary>
public static class GenevaScorer
{
    private static readonly string[] HandoverFrames = ["Giving", "Sending", "Supply"];
    private static readonly string[] Prepositions = ["by", "to", "from", "for", "with", "of", "into", "onto"];

    public static GenevaScore Score(Extractor extractor, IEnumerable<string> records, IEnumerable<string> negatives)
    {
        var roles = new Dictionary<string, int[]>(StringComparer.Ordinal)
        {
            ["giver"] = new int[4],
            ["recipient"] = new int[4],
            ["item"] = new int[4],
        };
        var (count, detected) = (0, 0);
        foreach (var line in records)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (!HandoverFrames.Contains(root.GetProperty("event_type").GetString()))
            {
                continue;
            }

            count++;
            var claims = Claims(extractor, root.GetProperty("text").GetString()!);
            detected += claims.Count > 0 ? 1 : 0;
            Tally(roles["giver"], claims, "giver", Field(root, "giver"));
            Tally(roles["recipient"], claims, "recipient", Field(root, "recipient"));
            Tally(roles["item"], claims, "item", Field(root, "artifact"));
        }

        var (negativeCount, withClaims) = (0, 0);
        foreach (var line in negatives)
        {
            using var document = JsonDocument.Parse(line);
            negativeCount++;
            withClaims += Claims(extractor, document.RootElement.GetProperty("text").GetString()!).Count > 0 ? 1 : 0;
        }

        return new GenevaScore(count, detected,
            [.. roles.Select(r => new RoleScore(r.Key, r.Value[0], r.Value[1], r.Value[2], r.Value[3]))], negativeCount, withClaims);
    }

    private static List<Claim> Claims(Extractor extractor, string text) =>
        [.. extractor.Extract(Article.FromText("geneva", text)).Claims.Where(c => c.Type == "handover")];

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>
    /// Counts: [0] predicted values, [1] predicted right, [2] gold spans, [3] gold spans found. A predicted value is
    /// right when it contains the gold span's head word or lies inside the gold span (one conjunct of a gold list).
    /// </summary>
    private static void Tally(int[] counts, List<Claim> claims, string role, string? gold)
    {
        var head = Head(gold);
        var predicted = claims.SelectMany(c => c.Role(role)).Select(v => v.Text).ToList();
        var right = predicted.Count(p => head is not null
                                         && (Words(p).Contains(head, StringComparer.OrdinalIgnoreCase)
                                             || gold!.Contains(p, StringComparison.OrdinalIgnoreCase)));
        counts[0] += predicted.Count;
        counts[1] += right;
        if (head is not null)
        {
            counts[2]++;
            counts[3] += right > 0 ? 1 : 0;
        }
    }

    private static string? Head(string? span)
    {
        var words = Words(span ?? "").ToList();
        if (words.Count > 1 && Prepositions.Contains(words[0], StringComparer.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        return words.Count == 0 ? null : words[^1];
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '.', '"', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
}
