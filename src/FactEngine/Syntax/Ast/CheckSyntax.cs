namespace FactEngine.Syntax.Ast;

/// <summary>
/// <c>check handover.no-self: handover recipient != giver error;</c> — a domain check on every claim of a type:
/// the role's values must stand in the relation to the operand, else the claim gets a finding of the severity.
/// </summary>
public sealed record CheckSyntax(
    int Offset,
    string Id,
    string ClaimType,
    int ClaimTypeOffset,
    string Role,
    int RoleOffset,
    string Operator,
    CheckOperandSyntax Operand,
    string Severity) : StatementSyntax(Offset);

/// <summary>What a check compares a role with: another role, a date literal or a quoted text.</summary>
public abstract record CheckOperandSyntax(int Offset);

/// <summary>Another role of the same claim: <c>giver</c>.</summary>
public sealed record RoleOperandSyntax(int Offset, string Role) : CheckOperandSyntax(Offset);

/// <summary>A date: <c>1900-01-01</c>.</summary>
public sealed record DateOperandSyntax(int Offset, DateOnly Date) : CheckOperandSyntax(Offset);

/// <summary>A text, compared case-insensitively with the role's text or canonical value: <c>"it"</c>.</summary>
public sealed record TextOperandSyntax(int Offset, string Text) : CheckOperandSyntax(Offset);
