using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Reading;

namespace FactEngine.Validation;

/// <summary>
/// The validation stage, after claim building. In a fixed order: the renderings are aligned
/// (<c>rendering-disagreement</c>, on the claims as built), the mentions of one event are merged
/// (<c>conflict</c>), then the merged claims are checked — <c>polarity-conflict</c>,
/// <c>date-after-publication</c>, <c>missing-required-role</c>, <c>role-type</c>, <c>self-transfer</c>, then
/// the checks declared in the rule files. Findings go on the claims or the article; a check that throws
/// becomes an article-level <c>internal-error</c> finding, and the run goes on.
/// </summary>
internal sealed class ClaimValidator(CompiledRuleSet rules, IEnumerable<IClaimCheck>? extraChecks = null)
{
    public const string InternalError = "internal-error";

    private readonly IReadOnlyList<IClaimCheck> _checks =
    [
        new PolarityConflictCheck(),
        new DateAfterPublicationCheck(),
        new MissingRequiredRoleCheck(),
        new RoleTypeCheck(),
        new SelfTransferCheck(),
        .. rules.Checks.Select(c => new DeclaredCheck(c)),
        .. extraChecks ?? [],
    ];

    public (List<Claim> Claims, List<Finding> ArticleFindings) Validate(Article article, IReadOnlyList<Claim> built)
    {
        var articleFindings = new List<Finding>();
        Run(new RenderingDisagreementCheck(), new ValidationContext(article, built, rules), articleFindings);
        List<Claim> claims;
        try
        {
            claims = DuplicateMerger.Merge(built, rules.Schemas);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            claims = [.. built];
            articleFindings.Add(Crash(DuplicateMerger.ConflictCheck, e));
        }

        var context = new ValidationContext(article, claims, rules);
        foreach (var check in _checks)
        {
            Run(check, context, articleFindings);
        }

        return (claims, articleFindings);
    }

    private static void Run(IClaimCheck check, ValidationContext context, List<Finding> articleFindings)
    {
        List<TargetedFinding> findings;
        try
        {
            findings = [.. check.Run(context)];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            articleFindings.Add(Crash(check.Id, e));
            return;
        }

        foreach (var (index, finding) in findings)
        {
            if (index is { } i && i >= 0 && i < context.Claims.Count)
            {
                context.Claims[i].Findings.Add(finding);
            }
            else
            {
                articleFindings.Add(finding);
            }
        }
    }

    private static Finding Crash(string check, Exception e) =>
        new(InternalError, FindingSeverity.Error, $"check '{check}' failed: {e.GetType().Name}: {e.Message}", []);
}
