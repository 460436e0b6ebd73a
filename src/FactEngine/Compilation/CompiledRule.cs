using FactEngine.Compilation.Programs;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation;

/// <summary>Where a rule was written: its id, file, line and global order (file order, then position).</summary>
public sealed record RuleOrigin(string Id, string File, int Line, int Column, int Order);

/// <summary>How a role gets its values: from a capture, or from the mention of a type nearest the trigger.</summary>
internal sealed record RoleBinding(RoleSchema Role, int CaptureIndex, int? NearestType);

/// <summary>A claim rule compiled: its program, the claim it emits and how captures fill the claim's roles.</summary>
internal sealed record CompiledRule(
    RuleOrigin Origin,
    int Priority,
    MatcherProgram Program,
    ClaimSchema Schema,
    IReadOnlyList<RoleBinding> Bindings,
    string? Polarity,
    string? Modality,
    int TriggerCapture,
    IReadOnlyList<ExampleSyntax> Examples,
    IReadOnlyList<(int Line, int Column)> ExamplePositions)
{
    /// <summary>The phrase role whose conjuncts each make a claim of their own (<c>each item</c>), or null.</summary>
    public string? EachRole { get; init; }
}

/// <summary>
/// A cascade stage: matches become mentions of <see cref="TypeId"/>, valued by the <c>value</c> capture (the value of
/// the mention of that type inside it, else — for actors — the captured text); every other named capture becomes an
/// attribute of the mention (<c>state:@Demonym</c> gives <c>state=Serbia</c>).
/// </summary>
internal sealed record CompiledMentionRule(int TypeId, string Name, MatcherProgram Program, int ValueCapture, int Order)
{
    public IReadOnlyList<(string Name, int Capture)> AttributeCaptures { get; init; } = [];
}

/// <summary>A polarity or modality cue: a pattern sought in a window before or after a claim's trigger.</summary>
internal sealed record CompiledCue(string Value, bool IsPolarity, MatcherProgram Program, int Window, string Direction, int? StopType, int Order);
