using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Extraction;
using FactEngine.Reading;

namespace FactEngine.Authoring;

/// <summary>
/// Compares the claims two rule sets make over the same articles. A claim's identity is its article, rendering,
/// evidence span, type and role values; claims of one identity in both runs whose polarity, modality or rule
/// differ are "changed", the others are added or removed.
/// </summary>
public static class ClaimDiff
{
    public static ClaimDiffResult Compare(CompiledRuleSet oldRules, CompiledRuleSet newRules, IEnumerable<ArticleReadResult> articles,
        ExtractionOptions? options = null)
    {
        var oldExtractor = new Extractor(oldRules, options);
        var newExtractor = new Extractor(newRules, options);
        var runs = articles
            .AsParallel()
            .AsOrdered()
            .Select(a => (a.Id, oldExtractor.Extract(a).Claims, newExtractor.Extract(a).Claims));
        return Compare(runs);
    }

    /// <summary>Compares claims already extracted: per article, the old run's claims and the new run's.</summary>
    public static ClaimDiffResult Compare(IEnumerable<(string ArticleId, IReadOnlyList<Claim> Old, IReadOnlyList<Claim> New)> runs)
    {
        var (added, removed, changed) = (new List<ClaimDiffEntry>(), new List<ClaimDiffEntry>(), new List<ClaimDiffEntry>());
        var (articles, oldCount, newCount) = (0, 0, 0);
        foreach (var (article, oldClaims, newClaims) in runs)
        {
            articles++;
            oldCount += oldClaims.Count;
            newCount += newClaims.Count;
            var unmatched = newClaims.ToList();
            foreach (var old in oldClaims)
            {
                var identity = Identity(old);
                var index = unmatched.FindIndex(n => Identity(n) == identity && Differences(old, n).Count == 0);
                if (index < 0)
                {
                    index = unmatched.FindIndex(n => Identity(n) == identity);
                }

                if (index < 0)
                {
                    removed.Add(new ClaimDiffEntry(article, old, null, []));
                    continue;
                }

                var differences = Differences(old, unmatched[index]);
                if (differences.Count > 0)
                {
                    changed.Add(new ClaimDiffEntry(article, old, unmatched[index], differences));
                }

                unmatched.RemoveAt(index);
            }

            added.AddRange(unmatched.Select(n => new ClaimDiffEntry(article, null, n, [])));
        }

        return new ClaimDiffResult(added, removed, changed, articles, oldCount, newCount);
    }

    /// <summary>The identity of a claim within its article: rendering, evidence span, type and role values.</summary>
    public static string Identity(Claim claim) =>
        $"{claim.Evidence.Rendering}|{claim.Evidence.Start}|{claim.Evidence.End}|{claim.Type}|"
        + string.Join("|", claim.Roles.Select(r => $"{r.Key}=[{string.Join(";", r.Value.Select(v => v.Value ?? v.Text))}]"));

    private static List<string> Differences(Claim old, Claim @new)
    {
        var differences = new List<string>();
        if (old.Polarity != @new.Polarity)
        {
            differences.Add($"polarity {old.Polarity} -> {@new.Polarity}");
        }

        if (old.Modality != @new.Modality)
        {
            differences.Add($"modality {old.Modality} -> {@new.Modality}");
        }

        if (old.Rule.Id != @new.Rule.Id)
        {
            differences.Add($"rule {old.Rule.Id} -> {@new.Rule.Id}");
        }

        return differences;
    }
}
