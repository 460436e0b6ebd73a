using FactEngine.Claims;

namespace FactEngine.Validation;

/// <summary>
/// <c>polarity-conflict</c> (warning): one event — same type, compatible roles (<see cref="RoleCompatibility"/>)
/// — asserted as done in one place and as not done in another. Both claims get the finding, each naming the
/// other's evidence.
/// </summary>
internal sealed class PolarityConflictCheck : IClaimCheck
{
    public string Id => "polarity-conflict";

    public IEnumerable<TargetedFinding> Run(ValidationContext context)
    {
        var claims = context.Claims;
        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = i + 1; j < claims.Count; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.Modality != ClaimModality.Asserted || b.Modality != ClaimModality.Asserted || a.Polarity == b.Polarity
                    || !RoleCompatibility.AreCompatible(a, b, context.Schemas.GetValueOrDefault(a.Type)))
                {
                    continue;
                }

                yield return new TargetedFinding(i, Conflict(a, b));
                yield return new TargetedFinding(j, Conflict(b, a));
            }
        }
    }

    private Finding Conflict(Claim claim, Claim other) =>
        new(Id, FindingSeverity.Warning,
            $"asserted {claim.Polarity} here and {other.Polarity} at {other.Evidence.Span}: \"{Clip(other.Evidence.Text)}\"",
            [claim.Evidence.Span, .. other.Evidences.Select(e => e.Span)]);

    private static string Clip(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
