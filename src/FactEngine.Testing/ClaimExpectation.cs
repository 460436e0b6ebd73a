using FactEngine.Claims;

namespace FactEngine.Testing;

/// <summary>
/// A claim as an assertion describes it; unset parts are not checked. Actors: every named actor is among the
/// role's values (by canonical value or text); item: a value contains the text; on: a date value equals it.
/// </summary>
internal sealed record ClaimExpectation(
    string Type,
    ActorList? Giver,
    ActorList? Recipient,
    string? Item,
    string? On,
    string? Polarity,
    string? Modality)
{
    public List<string> Differences(Claim claim)
    {
        var differences = new List<string>();
        if (claim.Type != Type)
        {
            differences.Add($"type: expected {Type}, got {claim.Type}");
            return differences;
        }

        CheckActors("giver", Giver, claim, differences);
        CheckActors("recipient", Recipient, claim, differences);
        if (Item is not null && !claim.Role("item").Any(v => v.Text.Contains(Item, StringComparison.OrdinalIgnoreCase)))
        {
            differences.Add($"item: expected one containing \"{Item}\", got {Show(claim.Role("item"))}");
        }

        if (On is not null && !claim.Role("when").Any(v => string.Equals(v.Value, On, StringComparison.OrdinalIgnoreCase)))
        {
            differences.Add($"when: expected {On}, got {Show(claim.Role("when"))}");
        }

        if (Polarity is not null && claim.Polarity != Polarity)
        {
            differences.Add($"polarity: expected {Polarity}, got {claim.Polarity}");
        }

        if (Modality is not null && claim.Modality != Modality)
        {
            differences.Add($"modality: expected {Modality}, got {claim.Modality}");
        }

        return differences;
    }

    public override string ToString()
    {
        var parts = new List<string>();
        Add(parts, "giver", Giver?.ToString());
        Add(parts, "recipient", Recipient?.ToString());
        Add(parts, "item", Item is null ? null : $"…{Item}…");
        Add(parts, "on", On);
        Add(parts, "polarity", Polarity);
        Add(parts, "modality", Modality);
        return $"{Type}({string.Join(", ", parts)})";
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}: {value}");
        }
    }

    private static void CheckActors(string role, ActorList? expected, Claim claim, List<string> differences)
    {
        if (expected is null)
        {
            return;
        }

        var actual = claim.Role(role);
        var missing = expected.Where(name => !actual.Any(v => Same(name, v.Value) || Same(name, v.Text))).ToList();
        if (missing.Count > 0)
        {
            differences.Add($"{role}: expected {expected}, got {Show(actual)}");
        }
    }

    private static bool Same(string expected, string? actual) => string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase);

    private static string Show(IReadOnlyList<RoleValue> values) =>
        values.Count == 0 ? "nothing" : $"[{string.Join(", ", values.Select(v => $"\"{v.Shown}\""))}]";
}
