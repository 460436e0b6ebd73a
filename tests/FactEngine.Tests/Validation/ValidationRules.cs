using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Extraction;
using FactEngine.Reading;
using FactEngine.Tests.Support;

namespace FactEngine.Tests.Validation;

/// <summary>A small handover rule set for validation tests, and helpers to extract and find spans.</summary>
internal static class ValidationRules
{
    public const string RuleText = """
        lexicon Actor as actor {
          Germany: Berlin;
          Ukraine: Kyiv;
          Poland: Warsaw;
          Russia: Moscow;
        }
        pattern Actors = @Actor ("," @Actor){0,6} (","? and @Actor)?;
        claim handover(giver: actor*, item: text, recipient: actor*, when: date?);
        cue negative within 4 before trigger = not | "n't" | never;
        cue future within 4 before trigger = will;
        rule t.give-to {
          match giver:@Actors (did | not | has | have | will){0,3} trigger:(~deliver | ~send | ~hand) (item:(!to){1,6})? to recipient:@Actors;
          emit handover(when = nearest @Date);
        }

        """;

    public static readonly Lazy<CompiledRuleSet> Rules = new(() => TestRules.CompileOk(RuleText));

    public static readonly DateOnly Published = new(2022, 2, 4);

    public static ArticleExtraction Extract(string text, CompiledRuleSet? rules = null) =>
        new Extractor(rules ?? Rules.Value).Extract(Article.FromText("test", text, Published));

    /// <summary>Extracts from a dump-format text: the flat line, the date line, the URL line, then the paragraphs.</summary>
    public static ArticleExtraction ExtractDump(string flat, string paragraphs) =>
        new Extractor(Rules.Value).Extract(ArticleReader.FromText($"{flat}\n20220204\nhttps://example.test/a\n{paragraphs}", "dump", "dump.txt"));

    /// <summary>The span <c>rendering:start-end</c> of the first occurrence of a piece of text.</summary>
    public static string Span(string rendering, string text, string piece, int from = 0)
    {
        var start = text.IndexOf(piece, from, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"'{piece}' is not in the text");
        return $"{rendering}:{start}-{start + piece.Length}";
    }

    public static Finding Single(Claim claim, string check) => claim.Findings.Where(f => f.Check == check).ShouldHaveSingleItem();
}
