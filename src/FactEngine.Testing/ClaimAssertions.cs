using FactEngine.Authoring;
using FactEngine.Claims;
using FactEngine.Extraction;
using Shouldly;

namespace FactEngine.Testing;

/// <summary>
/// Shouldly-style assertions that read like the claim:
/// <c>claims.ShouldContainHandover(giver: "United States", recipient: "Russia", item: "written responses", on: "2022-01-26")</c>.
/// A failure shows the nearest claim and what differed.
/// </summary>
public static class ClaimAssertions
{
    /// <summary>Asserts that some handover claim fits every given part, and returns it.</summary>
    public static Claim ShouldContainHandover(this IEnumerable<Claim> claims, ActorList? giver = null, ActorList? recipient = null,
        string? item = null, string? on = null, string? polarity = null, string? modality = null) =>
        claims.ShouldContainClaim(new ClaimExpectation("handover", giver, recipient, item, on, polarity, modality));

    public static Claim ShouldContainHandover(this ArticleExtraction extraction, ActorList? giver = null, ActorList? recipient = null,
        string? item = null, string? on = null, string? polarity = null, string? modality = null) =>
        extraction.Claims.ShouldContainHandover(giver, recipient, item, on, polarity, modality);

    /// <summary>Asserts that no handover claim fits every given part.</summary>
    public static void ShouldNotContainHandover(this IEnumerable<Claim> claims, ActorList? giver = null, ActorList? recipient = null,
        string? item = null, string? on = null, string? polarity = null, string? modality = null) =>
        claims.ShouldNotContainClaim(new ClaimExpectation("handover", giver, recipient, item, on, polarity, modality));

    public static void ShouldNotContainHandover(this ArticleExtraction extraction, ActorList? giver = null, ActorList? recipient = null,
        string? item = null, string? on = null, string? polarity = null, string? modality = null) =>
        extraction.Claims.ShouldNotContainHandover(giver, recipient, item, on, polarity, modality);

    private static Claim ShouldContainClaim(this IEnumerable<Claim> claims, ClaimExpectation expected)
    {
        var list = claims.ToList();
        var ranked = list.Select(c => (Claim: c, Differences: expected.Differences(c))).OrderBy(x => x.Differences.Count).ToList();
        if (ranked.Count > 0 && ranked[0].Differences.Count == 0)
        {
            return ranked[0].Claim;
        }

        var message = $"claims should contain {expected} but ";
        if (ranked.Count == 0)
        {
            throw new ShouldAssertException(message + "there were no claims");
        }

        var (nearest, differences) = ranked[0];
        throw new ShouldAssertException(message + $"none of the {list.Count} claim(s) does.{Environment.NewLine}"
            + $"Nearest: {Describe(nearest)}{Environment.NewLine}"
            + $"It differs in: {string.Join("; ", differences)}");
    }

    private static void ShouldNotContainClaim(this IEnumerable<Claim> claims, ClaimExpectation expected)
    {
        var fitting = claims.Where(c => expected.Differences(c).Count == 0).ToList();
        if (fitting.Count > 0)
        {
            throw new ShouldAssertException($"claims should not contain {expected} but {fitting.Count} claim(s) do:{Environment.NewLine}"
                + string.Join(Environment.NewLine, fitting.Select(Describe)));
        }
    }

    internal static string Describe(Claim claim) =>
        $"{ExampleRunner.Describe(claim)} by rule {claim.Rule.Id} ({claim.Rule.File}:{claim.Rule.Line}) in \"{claim.Evidence.Text}\"";
}
