using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Dates;

namespace FactEngine.Validation;

/// <summary>
/// <c>role-type</c>: a value of the wrong type for its role — an actor without a canonical id, an empty text, or
/// more values than the role takes (errors); a date role holding a duration or a recurring set (a warning: a
/// claim's time should be a calendar date). A relative date left unresolved for want of a publication date is
/// still a date.
/// </summary>
internal sealed class RoleTypeCheck : ClaimCheck
{
    public override string Id => "role-type";

    protected override IEnumerable<Finding> Check(Claim claim, ValidationContext context)
    {
        if (!context.Schemas.TryGetValue(claim.Type, out var schema))
        {
            yield break;
        }

        foreach (var (name, values) in claim.Roles)
        {
            if (schema.Role(name) is not { } role)
            {
                yield return Finding(FindingSeverity.Error, $"{claim.Type} declares no role '{name}'", claim.Evidence.Span);
                continue;
            }

            if (!role.Many && values.Count > 1)
            {
                yield return Finding(FindingSeverity.Error, $"{name} takes one value and has {values.Count}",
                    values.Select(v => Span(claim, v)));
            }

            foreach (var value in values)
            {
                if (Problem(role.Type, value) is { } problem)
                {
                    yield return Finding(problem.Severity, $"{name} \"{value.Text}\" {problem.Problem}", Span(claim, value));
                }
            }
        }
    }

    private static (string Severity, string Problem)? Problem(RoleValueType type, RoleValue value) => type switch
    {
        RoleValueType.Actor when string.IsNullOrEmpty(value.Value) => (FindingSeverity.Error, "is not a canonical actor"),
        RoleValueType.Text or RoleValueType.Phrase when string.IsNullOrWhiteSpace(value.Text) => (FindingSeverity.Error, "is empty"),
        RoleValueType.Date when value.Temporal is null => (FindingSeverity.Error, "is not a date"),
        RoleValueType.Date when value.Temporal.Kind != TemporalKind.Date =>
            (FindingSeverity.Warning, $"is a {value.Temporal.Kind.ToString().ToLowerInvariant()} ({value.Value}), not a calendar date"),
        _ => null,
    };
}
