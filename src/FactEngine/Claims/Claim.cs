using FactEngine.Compilation;

namespace FactEngine.Claims;

/// <summary>A typed claim with its provenance: the rule that fired and the sentence that states it.</summary>
/// <param name="Type">The claim type (schema name), e.g. handover.</param>
/// <param name="Roles">Role values by role name, in schema order; a role with no value has an empty list.</param>
/// <param name="Polarity">positive or negative.</param>
/// <param name="Modality">asserted, future, requested or hypothetical.</param>
public sealed record Claim(
    string Type,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<RoleValue>>> Roles,
    string Polarity,
    string Modality,
    RuleOrigin Rule,
    Evidence Evidence)
{
    public List<Finding> Findings { get; init; } = [];

    public IReadOnlyList<RoleValue> Role(string name) =>
        Roles.FirstOrDefault(r => r.Key == name).Value ?? [];

    public bool IsPositiveAsserted => Polarity == ClaimPolarity.Positive && Modality == ClaimModality.Asserted;
}

/// <summary>One value of a role: the text as written, its normalised value and its character offsets.</summary>
public sealed record RoleValue(string Text, string? Value, int Start, int End)
{
    /// <summary>For date roles: the full temporal value (grain, anchor).</summary>
    public Dates.TemporalValue? Temporal { get; init; }
}

/// <summary>The sentence a claim was found in, with offsets into the rendering it came from.</summary>
public sealed record Evidence(string Text, int Start, int End, string Rendering);

/// <summary>A validation finding on a claim or an article.</summary>
public sealed record Finding(string Check, string Severity, string Message, IReadOnlyList<string> Related);

public static class ClaimPolarity
{
    public const string Positive = "positive";
    public const string Negative = "negative";
}

public static class ClaimModality
{
    public const string Asserted = "asserted";
    public const string Future = "future";
    public const string Requested = "requested";
    public const string Hypothetical = "hypothetical";
}
