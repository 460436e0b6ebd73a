using FactEngine.Claims;

namespace FactEngine.Validation;

/// <summary>A check that looks at one claim at a time.</summary>
internal abstract class ClaimCheck : IClaimCheck
{
    public abstract string Id { get; }

    public IEnumerable<TargetedFinding> Run(ValidationContext context)
    {
        for (var i = 0; i < context.Claims.Count; i++)
        {
            foreach (var finding in Check(context.Claims[i], context))
            {
                yield return new TargetedFinding(i, finding);
            }
        }
    }

    protected abstract IEnumerable<Finding> Check(Claim claim, ValidationContext context);

    protected Finding Finding(string severity, string message, params IEnumerable<string> related) =>
        new(Id, severity, message, [.. related]);

    protected static string Span(Claim claim, RoleValue value) => $"{claim.Evidence.Rendering}:{value.Start}-{value.End}";
}
