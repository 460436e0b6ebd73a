using FactEngine.Claims;

namespace FactEngine.Validation;

/// <summary><c>missing-required-role</c> (error): a role its schema requires (no cardinality, or <c>+</c>) has no value.</summary>
internal sealed class MissingRequiredRoleCheck : ClaimCheck
{
    public override string Id => "missing-required-role";

    protected override IEnumerable<Finding> Check(Claim claim, ValidationContext context)
    {
        if (!context.Schemas.TryGetValue(claim.Type, out var schema))
        {
            yield break;
        }

        foreach (var role in schema.Roles.Where(r => r.Required && claim.Role(r.Name).Count == 0))
        {
            yield return Finding(FindingSeverity.Error, $"{claim.Type} requires a {role.Name}, and this claim has none",
                claim.Evidence.Span);
        }
    }
}
