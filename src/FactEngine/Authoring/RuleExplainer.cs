using FactEngine.Compilation;
using FactEngine.Extraction;
using FactEngine.Matching;
using FactEngine.Reading;
using FactEngine.Text;

namespace FactEngine.Authoring;

/// <summary>
/// Explains, per claim rule, what the pipeline does with a sentence: the rule runs at every token with a
/// trace; a match reports its captures, its claims and any conflict it lost; a failure reports the attempt
/// that got furthest — what it matched, the token where it stopped and the pattern elements expected there.
/// </summary>
public static class RuleExplainer
{
    public static IReadOnlyList<RuleExplanation> Explain(CompiledRuleSet rules, string sentence, DateOnly? date = null,
        string? ruleId = null, ExtractionOptions? options = null)
    {
        options ??= ExtractionOptions.Default;
        var runner = new ProgramRunner();
        var text = AnalyzedText.Analyze(sentence, TokenizerOptions.Default);
        var mentions = new MentionFinder(rules, runner).Find(text, CharNormalizer.Normalize(sentence), date, options.DateMode);
        var claims = new Extractor(rules, options).Extract(Article.FromText("explain", sentence, date)).Claims;
        var matcher = new ClaimMatcher(rules, runner);
        var chosen = new List<RuleMatch>();
        var removed = new List<(RuleMatch Loser, RuleMatch Winner)>();
        foreach (var s in text.Sentences)
        {
            chosen.AddRange(matcher.Match(text, mentions, s, removed));
        }

        var context = new ExplainContext(rules, text, mentions, runner);
        var results = new List<RuleExplanation>();
        for (var r = 0; r < rules.ClaimRules.Count; r++)
        {
            var rule = rules.ClaimRules[r];
            if (ruleId is not null && rule.Origin.Id != ruleId)
            {
                continue;
            }

            var ruleClaims = claims.Where(c => c.Rule.Id == rule.Origin.Id).ToList();
            results.Add(context.Explain(r, chosen, removed, ruleClaims));
        }

        return results;
    }
}
