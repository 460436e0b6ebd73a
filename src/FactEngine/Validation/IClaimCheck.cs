using FactEngine.Claims;

namespace FactEngine.Validation;

/// <summary>
/// One independent validation check over an article's claims. A check only reports: it never changes a claim,
/// and the validator turns an exception it throws into an <c>internal-error</c> finding.
/// </summary>
internal interface IClaimCheck
{
    /// <summary>The id written in the findings' <c>check</c> field.</summary>
    string Id { get; }

    IEnumerable<TargetedFinding> Run(ValidationContext context);
}

/// <summary>A finding and where it goes: on the claim at <see cref="ClaimIndex"/>, or on the article when null.</summary>
internal sealed record TargetedFinding(int? ClaimIndex, Finding Finding);
