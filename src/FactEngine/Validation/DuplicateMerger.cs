using FactEngine.Claims;
using FactEngine.Compilation;

namespace FactEngine.Validation;

/// <summary>
/// Merges the mentions of one event in an article into one claim with several evidence spans. Claims merge
/// when they have the same polarity and modality and compatible roles (<see cref="RoleCompatibility"/>) with
/// every claim already in the group. The merged claim keeps the roles of its first claim from the
/// punctuated rendering (paragraphs or plain text, else the flat line), fills a role it lacks from another
/// claim of the same rendering (so offsets stay in that rendering), lists every evidence — its own first — and
/// carries every finding of its members. Where members of one rendering disagree on a role (a second date,
/// other recipients) it gets a <c>conflict</c> warning naming both values and both spans; disagreements
/// between renderings are <c>rendering-disagreement</c>'s.
/// </summary>
internal static class DuplicateMerger
{
    public const string ConflictCheck = "conflict";

    public static List<Claim> Merge(IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, ClaimSchema> schemas)
    {
        var groups = new List<List<Claim>>();
        foreach (var claim in claims)
        {
            var schema = schemas.GetValueOrDefault(claim.Type);
            var group = groups.FirstOrDefault(g => g.All(member => Mergeable(member, claim, schema)));
            if (group is null)
            {
                groups.Add([claim]);
            }
            else
            {
                group.Add(claim);
            }
        }

        return [.. groups.Select(g => g.Count == 1 ? g[0] : Combine(g, schemas.GetValueOrDefault(g[0].Type)))];
    }

    private static bool Mergeable(Claim a, Claim b, ClaimSchema? schema) =>
        a.Polarity == b.Polarity && a.Modality == b.Modality && RoleCompatibility.AreCompatible(a, b, schema);

    private static Claim Combine(List<Claim> group, ClaimSchema? schema)
    {
        var primary = group.FirstOrDefault(c => c.Evidence.Rendering != Reading.ArticleRendering.Flat) ?? group[0];
        var sameRendering = group.Where(c => c != primary && c.Evidence.Rendering == primary.Evidence.Rendering).ToList();
        var roles = primary.Roles
            .Select(r => r.Value.Count > 0
                ? r
                : new KeyValuePair<string, IReadOnlyList<RoleValue>>(r.Key, sameRendering.Select(c => c.Role(r.Key)).FirstOrDefault(v => v.Count > 0) ?? []))
            .ToList();
        var evidences = new[] { primary }.Concat(group.Where(c => c != primary))
            .SelectMany(c => c.Evidences)
            .DistinctBy(e => e.Span)
            .ToList();
        var findings = group.SelectMany(c => c.Findings)
            .Concat(Conflicts([primary, .. sameRendering], schema))
            .DistinctBy(f => (f.Check, f.Severity, f.Message))
            .ToList();
        return primary with { Roles = roles, Evidences = evidences, Findings = findings };
    }

    private static IEnumerable<Finding> Conflicts(List<Claim> members, ClaimSchema? schema)
    {
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                foreach (var difference in RoleDifference.Between(members[i], members[j], schema).Where(d => !d.Type.TakesAnyText()))
                {
                    var (a, b) = (members[i].Evidence.Span, members[j].Evidence.Span);
                    yield return new Finding(ConflictCheck, FindingSeverity.Warning,
                        $"one {members[i].Type} with two values of {difference.Role}: {difference.Left} ({a}) and {difference.Right} ({b})",
                        [a, b]);
                }
            }
        }
    }
}
