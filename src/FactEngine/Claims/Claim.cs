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

    /// <summary>Every sentence stating this claim, <see cref="Evidence"/> first: a merged claim has several.</summary>
    public IReadOnlyList<Evidence> Evidences { get; init; } = [Evidence];

    public IReadOnlyList<RoleValue> Role(string name) =>
        Roles.FirstOrDefault(r => r.Key == name).Value ?? [];

    public bool IsPositiveAsserted => Polarity == ClaimPolarity.Positive && Modality == ClaimModality.Asserted;
}

/// <summary>One value of a role: the text as written, its normalised value and its character offsets.</summary>
public sealed record RoleValue(string Text, string? Value, int Start, int End)
{
    /// <summary>For date roles: the full temporal value (grain, anchor).</summary>
    public Dates.TemporalValue? Temporal { get; init; }

    /// <summary>For actor roles: the lexicon entry's or mention rule's attributes (kind=person, state=Russia).</summary>
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }

    /// <summary>True for a phrase role's value, whose <see cref="Value"/> is only the head word.</summary>
    public bool IsPhrase { get; init; }

    /// <summary>How messages show the value: a phrase as written, anything else by its normalised value.</summary>
    public string Shown => IsPhrase ? Text : Value ?? Text;
}

/// <summary>The sentence a claim was found in, with offsets into the rendering it came from.</summary>
public sealed record Evidence(string Text, int Start, int End, string Rendering)
{
    /// <summary>The span as cited in findings: <c>rendering:start-end</c>.</summary>
    public string Span => $"{Rendering}:{Start}-{End}";
}

/// <summary>A validation finding on a claim or an article.</summary>
/// <param name="Check">The check's id, e.g. date-after-publication, or a rule-declared check's id.</param>
/// <param name="Severity">error, warning or info (<see cref="FindingSeverity"/>).</param>
/// <param name="Related">Spans (<c>rendering:start-end</c>) of the evidence or values the finding is about.</param>
public sealed record Finding(string Check, string Severity, string Message, IReadOnlyList<string> Related);

public static class FindingSeverity
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";
}

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
