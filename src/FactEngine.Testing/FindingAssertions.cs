using FactEngine.Claims;
using FactEngine.Extraction;
using Shouldly;

namespace FactEngine.Testing;

/// <summary>Assertions on validation findings, of a claim or of an article (its own and its claims').</summary>
public static class FindingAssertions
{
    public static Finding ShouldHaveFinding(this Claim claim, string check) =>
        Find(claim.Findings, check, $"claim {ClaimAssertions.Describe(claim)}");

    public static Finding ShouldHaveFinding(this IEnumerable<Claim> claims, string check)
    {
        var list = claims.ToList();
        return Find([.. list.SelectMany(c => c.Findings)], check, $"{list.Count} claim(s)");
    }

    /// <summary>Looks in the article-level findings and in every claim's findings.</summary>
    public static Finding ShouldHaveFinding(this ArticleExtraction extraction, string check) =>
        Find([.. extraction.Findings, .. extraction.Claims.SelectMany(c => c.Findings)], check, $"article {extraction.Input.Id}");

    public static void ShouldNotHaveFinding(this ArticleExtraction extraction, string check)
    {
        var found = extraction.Findings.Concat(extraction.Claims.SelectMany(c => c.Findings)).Where(f => f.Check == check).ToList();
        if (found.Count > 0)
        {
            throw new ShouldAssertException($"article {extraction.Input.Id} should not have finding \"{check}\" but has {found.Count}: "
                + string.Join("; ", found.Select(f => f.Message)));
        }
    }

    private static Finding Find(IReadOnlyList<Finding> findings, string check, string subject)
    {
        var found = findings.FirstOrDefault(f => f.Check == check);
        if (found is not null)
        {
            return found;
        }

        var present = findings.Count == 0 ? "no findings" : $"findings {string.Join(", ", findings.Select(f => $"\"{f.Check}\"").Distinct())}";
        throw new ShouldAssertException($"{subject} should have finding \"{check}\" but has {present}");
    }
}
