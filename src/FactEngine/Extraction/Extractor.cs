using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Matching;
using FactEngine.Reading;
using FactEngine.Text;
using FactEngine.Validation;

namespace FactEngine.Extraction;

/// <summary>
/// Runs a compiled rule set over articles: for each rendering, tokens and sentences, then mentions (the
/// cascade), then claim-rule matches, then typed claims; then the validator merges the claims of one event and
/// adds its findings. Thread-safe: each call uses its own matcher state.
/// </summary>
public sealed class Extractor(CompiledRuleSet rules, ExtractionOptions? options = null)
{
    private readonly ExtractionOptions _options = options ?? ExtractionOptions.Default;
    private readonly ClaimValidator _validator = new(rules);

    public CompiledRuleSet Rules => rules;

    public ExtractionOptions Options => _options;

    public ArticleExtraction Extract(ArticleReadResult input) =>
        input.Article is { } article ? Extract(article, input) : ArticleExtraction.Failed(input);

    public ArticleExtraction Extract(Article article) => Extract(article, ArticleReadResult.Ok(article));

    private ArticleExtraction Extract(Article article, ArticleReadResult input)
    {
        var runner = new ProgramRunner();
        var mentionFinder = new MentionFinder(rules, runner);
        var matcher = new ClaimMatcher(rules, runner);
        var builder = new ClaimBuilder(rules, new CueScanner(rules, runner));
        var claims = new List<Claim>();
        var mentions = new List<MentionRecord>();
        var dateMode = article.DateMode ?? _options.DateMode;
        foreach (var rendering in article.Renderings)
        {
            var options = rendering.IsFlat ? TokenizerOptions.Flat : TokenizerOptions.Default;
            var text = AnalyzedText.Analyze(rendering.Content, options);
            var normalized = CharNormalizer.Normalize(rendering.Content);
            var table = mentionFinder.Find(text, normalized, article.Date, dateMode);
            foreach (var sentence in text.Sentences)
            {
                foreach (var match in matcher.Match(text, table, sentence))
                {
                    claims.AddRange(builder.Build(text, table, sentence, match, rendering.Name, article.Date, dateMode));
                }
            }

            if (_options.IncludeMentions)
            {
                mentions.AddRange(ReportedMentions(table, rendering.Name));
            }
        }

        var (validated, findings) = _validator.Validate(article, claims);
        return new ArticleExtraction(input, validated, mentions, findings);
    }

    /// <summary>Actor and date mentions, outermost only: "the United States" is reported, not also "United States".</summary>
    private static IEnumerable<MentionRecord> ReportedMentions(MentionTable table, string rendering) =>
        Outermost(table.All.Where(m => m.ValueType != RoleValueType.Text).OrderBy(m => m.Start).ThenByDescending(m => m.End))
            .Select(m => new MentionRecord(m.ValueType == RoleValueType.Date ? "date" : "actor", m.Text, m.Value, m.Start, m.End, rendering)
            {
                Grain = m.Temporal?.Grain,
                Anchor = m.Temporal?.Anchor,
                Alternative = m.Temporal?.Alternative,
                ValueEnd = m.Temporal?.End,
                Kind = m.Temporal?.Kind.ToString().ToLowerInvariant() ?? (m.Attributes.TryGetValue("kind", out var kind) ? kind : null),
            });

    private static IEnumerable<Mention> Outermost(IEnumerable<Mention> ordered)
    {
        Mention? outer = null;
        foreach (var mention in ordered)
        {
            if (outer is not null && mention.End <= outer.End && mention.ValueType == outer.ValueType)
            {
                continue;
            }

            outer = mention;
            yield return mention;
        }
    }
}
