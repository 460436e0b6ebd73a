using FactEngine.Claims;
using FactEngine.Compilation;

namespace FactEngine.Authoring;

/// <summary>
/// Why a rule did or did not yield a claim from a sentence: when it matched, its captures, its claims, the rule
/// that removed its match in a conflict (if one did) and the other rules' matches it removed; when it did not, how
/// far it got.
/// </summary>
public sealed record RuleExplanation(
    RuleOrigin Rule,
    bool Matched,
    IReadOnlyList<ExplainedCapture> Captures,
    IReadOnlyList<Claim> Claims,
    ConflictLoss? RemovedBy,
    MatchFailure? Failure)
{
    /// <summary>Matches of other rules that this rule's match removed in the conflict policy, and why.</summary>
    public IReadOnlyList<ConflictWin> Removed { get; init; } = [];
}

/// <summary>A match of another rule that this rule's match removed, and the conflict rule that decided it.</summary>
public sealed record ConflictWin(RuleOrigin Loser, string Reason);

/// <summary>A capture and the text it took; <see cref="Complete"/> is false for a capture still open where the match failed.</summary>
public sealed record ExplainedCapture(string Name, string Text, int Start, int End, bool Complete = true);

/// <summary>The rule whose match won over this rule's match in the conflict policy, and why.</summary>
public sealed record ConflictLoss(RuleOrigin Winner, string Reason);

/// <summary>
/// Where a failed rule got furthest: the sentence (1-based) and the token (1-based within it; null text at the
/// sentence end), the pattern elements expected there, and the mentions that start at that token.
/// </summary>
public sealed record MatchFailure(
    int Sentence,
    int Token,
    string? TokenText,
    IReadOnlyList<string> MentionsAtToken,
    IReadOnlyList<ExpectedElement> Expected,
    IReadOnlyList<ExplainedCapture> MatchedSoFar,
    bool Started);

/// <summary>A pattern element that failed: what it expects, where it is written, and the named pattern it came from.</summary>
public sealed record ExpectedElement(string Description, string? Path, int Line, int Column, string? Pattern)
{
    /// <summary>e.g. <c>'to' at rules/handover.rules(44,78)</c>, with <c>in @Actors</c> when it came from a named pattern.</summary>
    public override string ToString() =>
        $"{Description}{(Path is null ? "" : $" at {Path}({Line},{Column})")}{(Pattern is null ? "" : $" in @{Pattern}")}";
}
