using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Extraction;
using FactEngine.Reading;

namespace FactEngine.Testing.Tests;

/// <summary>Inline rule sets and articles built in the test.</summary>
public class InlineRuleTests
{
    private const string Rules = """
        lexicon Actor as actor { Germany; Ukraine; "United Kingdom": Britain; }
        claim handover(giver: actor*, item: text, recipient: actor*, when: date?);
        rule give-to {
          match giver:@Actor not? trigger:~deliver item:(!to){1,4} to recipient:@Actor;
          emit handover(when = nearest @Date);
        }
        cue negative within 3 before trigger = not;
        """;

    [Fact]
    public void A_rule_written_inline_extracts_from_a_dated_article()
    {
        var claims = RuleSetBuilder.FromText(Rules)
            .Extract(TestArticle.Text("Germany delivered 14 tanks to Ukraine on Monday.").PublishedOn("2023-03-29"))
            .Claims;

        claims.ShouldContainHandover(giver: "Germany", recipient: "Ukraine", item: "14 tanks", on: "2023-03-27");
        claims.ShouldNotContainHandover(giver: "Ukraine");
    }

    [Fact]
    public void Actors_match_by_text_as_well_as_value()
    {
        var claims = RuleSetBuilder.FromText(Rules).Extract(TestArticle.Text("Britain delivered shells to Ukraine.")).Claims;

        claims.ShouldContainHandover(giver: "Britain", recipient: "Ukraine");
        claims.ShouldContainHandover(giver: "United Kingdom");
    }

    [Fact]
    public void A_dump_article_is_read_in_both_renderings()
    {
        Article article = TestArticle.Dump()
            .PublishedOn("2023-03-29")
            .At("https://example.org/tanks")
            .Paragraph("Germany delivered 14 tanks to Ukraine on Monday.");

        var extraction = RuleSetBuilder.FromText(Rules).Extract(article);

        article.Renderings.Select(r => r.Name).ShouldBe(["flat", "paragraphs"]);
        // The two renderings state one handover: the validator merges them into one claim with two evidences.
        extraction.Claims.ShouldHaveSingleItem().Evidences.Select(e => e.Rendering).Order().ShouldBe(["flat", "paragraphs"]);
        extraction.ShouldContainHandover(giver: "Germany", on: "2023-03-27");
    }

    [Fact]
    public void A_lexicon_file_can_sit_beside_the_rules()
    {
        var compilation = RuleSetBuilder.Create()
            .WithFile("main.rules", Rules.Replace("lexicon Actor as actor { Germany; Ukraine; \"United Kingdom\": Britain; }",
                "lexicon Actor as actor from \"lexicons/actors.tsv\";"))
            .WithFile("lexicons/actors.tsv", "Germany\tkind=state\tBerlin\nUkraine\tkind=state\tKyiv\n")
            .Compile();

        compilation.Extract(TestArticle.Text("Berlin delivered shells to Kyiv.")).ShouldContainHandover(giver: "Germany", recipient: "Ukraine");
    }

    [Fact]
    public void An_undeclared_role_fails_to_compile_at_its_position()
    {
        var compilation = RuleSetBuilder.FromText("""
            lexicon Actor as actor { Germany; }
            claim handover(giver: actor*, item: text);
            rule r {
              match giver:@Actor ~send item:<word>;
              emit handover(target = giver);
            }
            """);

        compilation.ShouldFailToCompile("FE0003", line: 5, column: 17);
        Should.Throw<ShouldAssertException>(() => compilation.ShouldFailToCompile("FE0003", line: 4));
        Should.Throw<ShouldAssertException>(() => compilation.ShouldCompile()).Message.ShouldContain("FE0003");
    }

    [Fact]
    public void Findings_are_read_from_claims_and_from_the_article()
    {
        var finding = new Finding("date-after-publication", "warning", "the date is after the publication date", []);
        var claim = new Claim("handover", [], "positive", "asserted", new RuleOrigin("r", "main.rules", 1, 1, 0),
            new Evidence("text", 0, 4, "text"))
        { Findings = [finding] };
        var extraction = new ArticleExtraction(ArticleReadResult.Ok(TestArticle.Text("text")), [claim], [], []);

        extraction.ShouldHaveFinding("date-after-publication").ShouldBe(finding);
        new[] { claim }.ShouldHaveFinding("date-after-publication");
        Should.Throw<ShouldAssertException>(() => extraction.ShouldHaveFinding("unknown-actor")).Message.ShouldContain("date-after-publication");
        Should.Throw<ShouldAssertException>(() => extraction.ShouldNotHaveFinding("date-after-publication"));
    }

    [Fact]
    public void A_broken_example_fails_with_its_rule_and_position()
    {
        var rules = RuleSetBuilder.FromText(Rules.Replace("emit handover(when = nearest @Date);\n", """
            emit handover(when = nearest @Date);
              example "Germany delivered 14 tanks to Ukraine on Monday." on 2023-03-29 => handover(giver: "Germany", when: "2023-03-28");

            """)).ShouldCompile();

        Should.Throw<ShouldAssertException>(rules.ShouldPassItsExamples).Message.ShouldContain("main.rules(6,3): give-to:");
    }
}
