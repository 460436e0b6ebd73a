namespace FactEngine.Syntax.Ast;

/// <summary>A top-level statement of a rule file.</summary>
public abstract record StatementSyntax(int Offset);

/// <summary><c>import "other.rules";</c></summary>
public sealed record ImportSyntax(int Offset, string Path, int PathOffset) : StatementSyntax(Offset);

/// <summary><c>pattern Name = ...;</c> — a macro, expanded where it is referenced.</summary>
public sealed record PatternSyntax(int Offset, string Name, PatternNode Body) : StatementSyntax(Offset);

/// <summary><c>mention Name = ...;</c> — a cascade stage: each match becomes one unit for later rules.</summary>
public sealed record MentionSyntax(int Offset, string Name, PatternNode Body) : StatementSyntax(Offset);

/// <summary><c>claim handover(giver: actor+, item: text, ...);</c></summary>
public sealed record ClaimSchemaSyntax(int Offset, string Name, IReadOnlyList<RoleSyntax> Roles) : StatementSyntax(Offset);

/// <summary>A role of a claim schema; <see cref="Cardinality"/> is "", "?", "*" or "+".</summary>
public sealed record RoleSyntax(int Offset, string Name, string Type, int TypeOffset, string Cardinality);

/// <summary><c>cue negative within 4 before trigger stop at @ClauseBreak = @NegationCue;</c></summary>
public sealed record CueSyntax(
    int Offset,
    string Value,
    PatternNode Pattern,
    int Window,
    string Direction,
    PatternNode? StopAt) : StatementSyntax(Offset);
