using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation;

/// <summary>A check declared in a rule file, bound to its claim schema: <c>check id: type role op operand severity;</c></summary>
internal sealed record CompiledCheck(
    RuleOrigin Origin,
    ClaimSchema Schema,
    RoleSchema Role,
    string Operator,
    CheckOperandSyntax Operand,
    string Severity)
{
    public string Id => Origin.Id;
}
