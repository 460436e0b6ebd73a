using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Extraction;
using FactEngine.Reading;
using FactEngine.Syntax.Ast;

namespace FactEngine.Authoring;

/// <summary>
/// Runs the examples written in rules: each sentence goes through the whole pipeline (with its publication
/// date), and the claims of the example's rule are compared with the expected claim — or with nothing.
/// Unlisted roles are not checked; polarity and modality default to positive and asserted.
/// </summary>
public static class ExampleRunner
{
    public static IReadOnlyList<ExampleResult> Run(CompiledRuleSet rules, ExtractionOptions? options = null)
    {
        var extractor = new Extractor(rules, options);
        var results = new List<ExampleResult>();
        foreach (var rule in rules.ClaimRules)
        {
            for (var i = 0; i < rule.Examples.Count; i++)
            {
                var example = rule.Examples[i];
                var (line, column) = rule.ExamplePositions[i];
                var article = Article.FromText($"example:{rule.Origin.Id}:{line}", example.Sentence, example.Date);
                var claims = extractor.Extract(article).Claims.Where(c => c.Rule.Id == rule.Origin.Id).ToList();
                var (passed, message) = Compare(example.Expected, claims);
                results.Add(new ExampleResult(rule.Origin, line, column, example, passed, message, claims));
            }
        }

        return results;
    }

    public static (bool Passed, string Message) Compare(ExpectedClaimSyntax? expected, IReadOnlyList<Claim> claims)
    {
        if (expected is null)
        {
            return claims.Count == 0
                ? (true, "yields nothing, as expected")
                : (false, $"expected nothing, got {claims.Count} claim(s): {string.Join("; ", claims.Select(Describe))}");
        }

        var mismatches = claims.Select(c => (Claim: c, Differences: Differences(expected, c))).OrderBy(x => x.Differences.Count).ToList();
        if (mismatches.Count == 0)
        {
            return (false, $"expected {DescribeExpected(expected)}, got no claim from this rule");
        }

        var best = mismatches[0];
        return best.Differences.Count == 0
            ? (true, "yields the expected claim")
            : (false, $"expected {DescribeExpected(expected)}; nearest claim {Describe(best.Claim)} differs in {string.Join("; ", best.Differences)}");
    }

    private static List<string> Differences(ExpectedClaimSyntax expected, Claim claim)
    {
        var differences = new List<string>();
        if (claim.Type != expected.ClaimType)
        {
            differences.Add($"type: expected {expected.ClaimType}, got {claim.Type}");
        }

        foreach (var (role, values) in expected.Roles)
        {
            var actual = claim.Role(role);
            if (!SameValues(values, actual))
            {
                differences.Add($"{role}: expected {Show(values)}, got {Show(actual.Select(v => (string?)v.Shown).ToList())}");
            }
        }

        var polarity = expected.Polarity ?? ClaimPolarity.Positive;
        if (claim.Polarity != polarity)
        {
            differences.Add($"polarity: expected {polarity}, got {claim.Polarity}");
        }

        var modality = expected.Modality ?? ClaimModality.Asserted;
        if (claim.Modality != modality)
        {
            differences.Add($"modality: expected {modality}, got {claim.Modality}");
        }

        return differences;
    }

    private static bool SameValues(IReadOnlyList<string?> expected, IReadOnlyList<RoleValue> actual)
    {
        if (expected.Count == 1 && expected[0] is null)
        {
            return actual.Count == 0;
        }

        return expected.Count == actual.Count
            && expected.All(e => actual.Any(a => Matches(e, a)));
    }

    private static bool Matches(string? expected, RoleValue actual) =>
        expected is not null
        && (string.Equals(expected, actual.Value, StringComparison.OrdinalIgnoreCase)
            || string.Equals(expected, actual.Text, StringComparison.OrdinalIgnoreCase));

    private static string Show(IReadOnlyList<string?> values) =>
        values.Count == 0 ? "nothing" : "[" + string.Join(", ", values.Select(v => v is null ? "null" : $"\"{v}\"")) + "]";

    public static string Describe(Claim claim) =>
        $"{claim.Type}({string.Join(", ", claim.Roles.Where(r => r.Value.Count > 0).Select(r => $"{r.Key}: {Show(r.Value.Select(v => (string?)v.Shown).ToList())}"))}, {claim.Polarity}, {claim.Modality})";

    private static string DescribeExpected(ExpectedClaimSyntax expected) =>
        $"{expected.ClaimType}({string.Join(", ", expected.Roles.Select(r => $"{r.Role}: {Show(r.Values)}"))}, {expected.Polarity ?? ClaimPolarity.Positive}, {expected.Modality ?? ClaimModality.Asserted})";
}
