using FactEngine.Compilation;
using FactEngine.Extraction;

namespace FactEngine.Testing.Tests;

/// <summary>The seed article through the bundled rules, asserted the way a user's tests would.</summary>
public class SeedArticleAssertionTests
{
    private static readonly Lazy<CompiledRuleSet> Rules = new(() =>
        RuleSetBuilder.FromFolder(Path.Combine(AppContext.BaseDirectory, "rules")).ShouldCompile());

    private static readonly Lazy<ArticleExtraction> Seed = new(() =>
        Rules.Value.Extract(TestArticle.FromFile(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"))));

    [Fact]
    public void The_written_responses_were_handed_to_Russia_on_January_26() =>
        Seed.Value.ShouldContainHandover(giver: "United States", recipient: "Russia", item: "written responses", on: "2022-01-26");

    [Fact]
    public void Both_givers_are_named()
    {
        var claim = Seed.Value.ShouldContainHandover(giver: ["United States", "NATO"], recipient: "Moscow", polarity: "positive");

        claim.Rule.Id.ShouldBe("handover.hand-over");
    }

    [Fact]
    public void Nothing_was_handed_to_Ukraine() =>
        Seed.Value.ShouldNotContainHandover(recipient: "Ukraine", polarity: "positive", modality: "asserted");

    [Fact]
    public void A_wrong_date_fails_and_shows_the_nearest_claim_and_what_differed()
    {
        var failure = Should.Throw<ShouldAssertException>(() =>
            Seed.Value.ShouldContainHandover(giver: "United States", recipient: "Russia", on: "2022-01-27"));

        failure.Message.ShouldContain("Nearest: handover(giver: [\"United States\", \"NATO\"]");
        failure.Message.ShouldContain("when: expected 2022-01-27, got [\"2022-01-26\"]");
    }

    [Fact]
    public void A_present_claim_fails_ShouldNotContain_and_names_it()
    {
        var failure = Should.Throw<ShouldAssertException>(() =>
            Seed.Value.ShouldNotContainHandover(giver: "NATO", item: "written responses"));

        failure.Message.ShouldContain("handover.hand-over");
    }

    [Fact]
    public void The_bundled_rules_pass_their_examples() => Rules.Value.ShouldPassItsExamples();
}
