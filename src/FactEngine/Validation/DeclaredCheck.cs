using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Syntax.Ast;

namespace FactEngine.Validation;

/// <summary>
/// Runs a check declared in a rule file on every claim of its type. The check holds unless some value of the
/// role certainly breaks it: <c>!=</c> fails when a value equals one of the operand's, <c>==</c> when a value
/// equals none of them; an order comparison fails only when the whole period of the date is on the wrong side
/// (2022-01 &lt; 2022-01-15 is not certainly false). A role with no value, or a date that names no calendar
/// period, passes.
/// </summary>
internal sealed class DeclaredCheck(CompiledCheck check) : ClaimCheck
{
    public override string Id => check.Id;

    protected override IEnumerable<Finding> Check(Claim claim, ValidationContext context)
    {
        if (claim.Type != check.Schema.Name)
        {
            yield break;
        }

        var operands = Operands(claim);
        foreach (var value in claim.Role(check.Role.Name))
        {
            if (operands.Count > 0 && Breaks(value, operands))
            {
                yield return Finding(check.Severity,
                    $"{check.Role.Name} {Show(value)} breaks '{check.Role.Name} {check.Operator} {Describe()}' ({check.Origin.File}:{check.Origin.Line})",
                    [Span(claim, value), .. OperandSpans(claim)]);
            }
        }
    }

    private List<(string Key, DatePeriod? Period)> Operands(Claim claim) => check.Operand switch
    {
        RoleOperandSyntax role => [.. claim.Role(role.Role).Select(v => (Key(v), DatePeriod.Of(v)))],
        DateOperandSyntax date => [(date.Date.ToString("yyyy-MM-dd"), DatePeriod.Day(date.Date))],
        TextOperandSyntax text => [(ItemText.Normalize(text.Text), null)],
        _ => [],
    };

    private bool Breaks(RoleValue value, List<(string Key, DatePeriod? Period)> operands)
    {
        var key = Key(value);
        switch (check.Operator)
        {
            case "!=":
                return operands.Any(o => o.Key == key);
            case "==":
                return operands.All(o => o.Key != key);
        }

        if (DatePeriod.Of(value) is not { } a)
        {
            return false;
        }

        return operands.Any(o => o.Period is { } b && check.Operator switch
        {
            "<" => a.First >= b.Last,
            "<=" => a.First > b.Last,
            ">" => a.Last <= b.First,
            _ => a.Last < b.First,
        });
    }

    private string Key(RoleValue value) =>
        check.Role.Type == RoleValueType.Date ? value.Value ?? value.Text : ItemText.Normalize(value.Value ?? value.Text);

    private static string Show(RoleValue value) => value.Value is { } v && v != value.Text ? $"{v} (\"{value.Text}\")" : $"\"{value.Text}\"";

    private string Describe() => check.Operand switch
    {
        RoleOperandSyntax role => role.Role,
        DateOperandSyntax date => date.Date.ToString("yyyy-MM-dd"),
        TextOperandSyntax text => $"\"{text.Text}\"",
        _ => "?",
    };

    private IEnumerable<string> OperandSpans(Claim claim) =>
        check.Operand is RoleOperandSyntax role ? claim.Role(role.Role).Select(v => Span(claim, v)) : [];
}
