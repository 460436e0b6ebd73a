using System.Text.Json;

namespace FactEngine.Evaluation;

/// <summary>One annotated handover of the development set (see shared annotation guidelines).</summary>
public sealed record GoldHandover(
    string ArticleId,
    IReadOnlyList<string> Givers,
    IReadOnlyList<string> Recipients,
    string Item,
    string ItemText,
    string? When,
    string Polarity,
    string Modality,
    IReadOnlyList<string> Evidence)
{
    public bool IsPositiveAsserted => Polarity == "positive" && Modality == "asserted";

    /// <summary>Reads the development set: one article per line, <c>{"id", "date", "handovers": [...]}</c>.</summary>
    public static Dictionary<string, List<GoldHandover>> Read(IEnumerable<string> lines)
    {
        var gold = new Dictionary<string, List<GoldHandover>>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => l.Trim().Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var list = gold[id] = [];
            foreach (var h in root.GetProperty("handovers").EnumerateArray())
            {
                list.Add(new GoldHandover(id, Strings(h, "giver"), Strings(h, "recipient"), String(h, "item") ?? "",
                    String(h, "item_text") ?? "", String(h, "when"), String(h, "polarity") ?? "positive",
                    String(h, "modality") ?? "asserted", Strings(h, "evidence")));
            }
        }

        return gold;
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string[] Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];
}
