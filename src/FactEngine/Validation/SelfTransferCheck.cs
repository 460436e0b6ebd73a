using FactEngine.Claims;

namespace FactEngine.Validation;

/// <summary><c>self-transfer</c> (error): the giver and the recipient resolve to the same canonical actor.</summary>
internal sealed class SelfTransferCheck : ClaimCheck
{
    public override string Id => "self-transfer";

    protected override IEnumerable<Finding> Check(Claim claim, ValidationContext context)
    {
        var givers = claim.Role("giver");
        foreach (var recipient in claim.Role("recipient"))
        {
            if (recipient.Value is { } actor && givers.FirstOrDefault(g => g.Value == actor) is { } giver)
            {
                yield return Finding(FindingSeverity.Error,
                    $"giver \"{giver.Text}\" and recipient \"{recipient.Text}\" are both {actor}",
                    Span(claim, giver), Span(claim, recipient));
            }
        }
    }
}
