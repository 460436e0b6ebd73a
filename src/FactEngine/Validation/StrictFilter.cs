using FactEngine.Claims;
using FactEngine.Extraction;

namespace FactEngine.Validation;

/// <summary><c>--strict</c>: keeps only the claims without an error finding.</summary>
public static class StrictFilter
{
    public static bool HasError(Claim claim) => claim.Findings.Any(f => f.Severity == FindingSeverity.Error);

    public static ArticleExtraction Apply(ArticleExtraction extraction) =>
        extraction.Claims.Any(HasError) ? extraction with { Claims = [.. extraction.Claims.Where(c => !HasError(c))] } : extraction;
}
