using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Reading;

namespace FactEngine.Validation;

/// <summary>
/// <c>rendering-disagreement</c>: in the dump format, the flat line and the paragraphs are two renderings of one
/// article, so their claims should align (same type, polarity and modality, compatible roles). A claim found
/// only in the paragraphs is <b>info</b> — the flat line has no punctuation, so losses there are expected; a
/// claim found only in the flat line is a <b>warning</b> (the title is only in the flat line, else a misfire on
/// unpunctuated text); aligned claims whose actor or date values differ are a warning, whose texts differ info.
/// </summary>
internal sealed class RenderingDisagreementCheck : IClaimCheck
{
    public string Id => "rendering-disagreement";

    public IEnumerable<TargetedFinding> Run(ValidationContext context)
    {
        var renderings = context.Article.Renderings.Select(r => r.Name).ToHashSet();
        if (!renderings.Contains(ArticleRendering.Flat) || !renderings.Contains(ArticleRendering.Paragraphs))
        {
            yield break;
        }

        var claims = context.Claims;
        var flat = Indexes(claims, ArticleRendering.Flat);
        var paragraphs = Indexes(claims, ArticleRendering.Paragraphs);
        var aligned = new HashSet<int>();
        foreach (var p in paragraphs)
        {
            var schema = context.Schemas.GetValueOrDefault(claims[p].Type);
            var partner = flat.Where(f => !aligned.Contains(f) && Alignable(claims[p], claims[f], schema))
                .OrderBy(f => RoleDifference.Between(claims[p], claims[f], schema).Count)
                .Cast<int?>()
                .FirstOrDefault();
            if (partner is not { } f)
            {
                yield return Found(p, FindingSeverity.Info, "found in the paragraphs only: the flat line (no punctuation) misses it", claims[p]);
                continue;
            }

            aligned.Add(f);
            var differences = RoleDifference.Between(claims[f], claims[p], schema);
            if (differences.Count > 0)
            {
                var severity = differences.Any(d => !d.Type.TakesAnyText()) ? FindingSeverity.Warning : FindingSeverity.Info;
                var message = "the renderings disagree: " + string.Join("; ",
                    differences.Select(d => $"{d.Role} is {d.Left} in the flat line but {d.Right} in the paragraphs"));
                Finding finding = new(Id, severity, message, [claims[f].Evidence.Span, claims[p].Evidence.Span]);
                yield return new TargetedFinding(f, finding);
                yield return new TargetedFinding(p, finding);
            }
        }

        foreach (var f in flat.Where(f => !aligned.Contains(f)))
        {
            yield return Found(f, FindingSeverity.Warning, "found in the flat line only: the paragraphs miss it", claims[f]);
        }
    }

    private TargetedFinding Found(int index, string severity, string message, Claim claim) =>
        new(index, new Finding(Id, severity, message, [claim.Evidence.Span]));

    private static List<int> Indexes(IReadOnlyList<Claim> claims, string rendering) =>
        [.. Enumerable.Range(0, claims.Count).Where(i => claims[i].Evidence.Rendering == rendering)];

    private static bool Alignable(Claim a, Claim b, ClaimSchema? schema) =>
        a.Polarity == b.Polarity && a.Modality == b.Modality && RoleCompatibility.AreCompatible(a, b, schema);
}
