using FactEngine.Authoring;
using FactEngine.Reading;
using FactEngine.Tests.Support;

namespace FactEngine.Tests.Authoring;

public class ClaimDiffTests
{
    private const string Common = """
        lexicon Actor as actor { Germany; Ukraine; Poland; }
        claim handover(giver: actor*, item: text, recipient: actor*);

        """;

    private const string GiveTo = """
        rule give-to { match giver:@Actor ~send item:<word>{1,3} to recipient:@Actor; emit handover(); }

        """;

    private const string Receive = """
        rule receive { match recipient:@Actor ~receive item:<word>{1,3} from giver:@Actor; emit handover(); }

        """;

    private static readonly ArticleReadResult[] Corpus =
    [
        ArticleReadResult.Ok(Article.FromText("a1", "Germany sent tanks to Ukraine. Ukraine received shells from Poland.")),
        ArticleReadResult.Ok(Article.FromText("a2", "Poland sent jets to Ukraine.")),
    ];

    [Fact]
    public void A_deleted_rule_removes_exactly_its_claims()
    {
        var diff = ClaimDiff.Compare(TestRules.CompileOk(Common + GiveTo + Receive), TestRules.CompileOk(Common + GiveTo), Corpus);

        diff.Added.ShouldBeEmpty();
        diff.Changed.ShouldBeEmpty();
        var removed = diff.Removed.ShouldHaveSingleItem();
        removed.ArticleId.ShouldBe("a1");
        removed.Old!.Rule.Id.ShouldBe("receive");
        removed.Old.Evidence.Text.ShouldBe("Ukraine received shells from Poland.");
        (diff.Articles, diff.OldClaims, diff.NewClaims).ShouldBe((2, 3, 2));
    }

    [Fact]
    public void A_new_rule_adds_and_a_fixed_polarity_changes()
    {
        var negative = GiveTo.Replace("emit handover();", "emit handover() negative;");
        var diff = ClaimDiff.Compare(TestRules.CompileOk(Common + GiveTo), TestRules.CompileOk(Common + negative + Receive), Corpus);

        diff.Added.ShouldHaveSingleItem().New!.Rule.Id.ShouldBe("receive");
        diff.Removed.ShouldBeEmpty();
        diff.Changed.Count.ShouldBe(2);
        diff.Changed.ShouldAllBe(c => c.Differences.Single() == "polarity positive -> negative");
    }

    [Fact]
    public void The_same_rules_make_no_difference()
    {
        var rules = TestRules.CompileOk(Common + GiveTo + Receive);

        ClaimDiff.Compare(rules, rules, Corpus).HasDifferences.ShouldBeFalse();
    }
}
