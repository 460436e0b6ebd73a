using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Binding;

/// <summary>
/// Binds declared checks: the claim type and roles must exist (FE0003), the operand must have the role's type
/// and an order comparison needs dates (FE0006), and a check id is used once (FE0011).
/// </summary>
internal static class CheckBinder
{
    public static List<CompiledCheck> Bind(IEnumerable<StatementSource<CheckSyntax>> declarations,
        IReadOnlyDictionary<string, ClaimSchema> schemas, List<Diagnostic> diagnostics)
    {
        var checks = new List<CompiledCheck>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (check, source, _, _) in declarations)
        {
            void Report(int offset, string code, string message) => diagnostics.Add(Diagnostic.At(source, offset, code, message));

            if (!seen.Add(check.Id))
            {
                Report(check.Offset + "check ".Length, DiagnosticCodes.DuplicateDefinition, $"check id '{check.Id}' is already used");
                continue;
            }

            if (!schemas.TryGetValue(check.ClaimType, out var schema))
            {
                Report(check.ClaimTypeOffset, DiagnosticCodes.UndefinedClaimOrRole, $"undefined claim type '{check.ClaimType}'");
                continue;
            }

            if (schema.Role(check.Role) is not { } role)
            {
                Report(check.RoleOffset, DiagnosticCodes.UndefinedClaimOrRole, $"claim type '{schema.Name}' has no role '{check.Role}'");
                continue;
            }

            if (OperandProblem(check, schema, role) is { } problem)
            {
                Report(check.Operand.Offset, problem.Code, problem.Message);
                continue;
            }

            var (line, column) = source.GetLineColumn(check.Offset);
            checks.Add(new CompiledCheck(new RuleOrigin(check.Id, source.Path, line, column, checks.Count), schema, role,
                check.Operator, check.Operand, check.Severity));
        }

        return checks;
    }

    private static (string Code, string Message)? OperandProblem(CheckSyntax check, ClaimSchema schema, RoleSchema role)
    {
        var ordered = check.Operator is "<" or "<=" or ">" or ">=";
        if (ordered && role.Type != RoleValueType.Date)
        {
            return (DiagnosticCodes.RoleTypeMismatch, $"'{check.Operator}' compares dates, and {check.Role} is {role.Type.Name()}");
        }

        return check.Operand switch
        {
            RoleOperandSyntax other when schema.Role(other.Role) is null =>
                (DiagnosticCodes.UndefinedClaimOrRole, $"claim type '{schema.Name}' has no role '{other.Role}'"),
            RoleOperandSyntax other when schema.Role(other.Role)!.Type != role.Type =>
                (DiagnosticCodes.RoleTypeMismatch, $"{check.Role} is {role.Type.Name()} and {other.Role} is {schema.Role(other.Role)!.Type.Name()}"),
            DateOperandSyntax when role.Type != RoleValueType.Date =>
                (DiagnosticCodes.RoleTypeMismatch, $"{check.Role} is {role.Type.Name()}, not a date"),
            TextOperandSyntax when role.Type == RoleValueType.Date || ordered =>
                (DiagnosticCodes.RoleTypeMismatch, $"{check.Role} is a date; compare it with a date YYYY-MM-DD"),
            _ => null,
        };
    }
}
