using FactEngine.Authoring;
using FactEngine.Compilation;
using FactEngine.Tests.Support;

namespace FactEngine.Tests.Authoring;

public class RuleExplainerTests
{
    private static readonly Lazy<CompiledRuleSet> Bundled = new(() => RuleSetCompiler.Compile(TestRules.BundledRules).RuleSet!);

    private const string MissingTo = "The United States and NATO handed their written responses over Moscow on January 26";

    [Fact]
    public void A_missing_to_names_the_failing_element_and_token()
    {
        var explanation = RuleExplainer.Explain(Bundled.Value, MissingTo, new DateOnly(2022, 2, 4), "handover.hand-over").ShouldHaveSingleItem();

        explanation.Matched.ShouldBeFalse();
        var failure = explanation.Failure.ShouldNotBeNull();
        failure.Started.ShouldBeTrue();
        failure.Token.ShouldBe(11);
        failure.TokenText.ShouldBe("Moscow");
        failure.MentionsAtToken.ShouldContain("@Actor Russia");
        var expected = failure.Expected.ShouldHaveSingleItem();
        expected.Description.ShouldBe("'to'");
        expected.Pattern.ShouldBeNull();
        expected.Path.ShouldNotBeNull().ShouldEndWith("handover.rules");
        var source = File.ReadAllLines(Path.Combine(TestRules.BundledRules, "handover.rules"))[expected.Line - 1];
        source[(expected.Column - 1)..].ShouldStartWith("to recipient:");
        failure.MatchedSoFar.Select(c => (c.Name, c.Text)).ShouldBe(
            [("giver", "The United States and NATO"), ("trigger", "handed"), ("item", "their written responses")]);
    }

    [Fact]
    public void An_element_from_a_named_pattern_points_into_the_pattern_file()
    {
        var rules = TestRules.CompileOk("""
            lexicon Actor as actor { Russia; Ukraine; }
            pattern Actors = @Actor (and @Actor)?;
            claim handover(giver: actor*, item: text, recipient: actor*);
            rule r { match giver:@Actors ~give recipient:@Actors item:<word>{1,3}; emit handover(); }
            """);

        var failure = RuleExplainer.Explain(rules, "Russia gave tanks to Ukraine.").ShouldHaveSingleItem().Failure.ShouldNotBeNull();

        failure.Token.ShouldBe(3);
        failure.TokenText.ShouldBe("tanks");
        var expected = failure.Expected.ShouldHaveSingleItem();
        expected.Description.ShouldBe("@Actor");
        expected.Pattern.ShouldBe("Actors");
        (expected.Line, expected.Column).ShouldBe((2, 18));
    }

    [Fact]
    public void A_match_reports_captures_claims_and_the_conflict_it_lost()
    {
        var explanations = RuleExplainer.Explain(Bundled.Value,
            "The United States and NATO handed their written responses over to Moscow on January 26.", new DateOnly(2022, 2, 4));

        var winner = explanations.Single(e => e.Rule.Id == "handover.hand-over");
        winner.Matched.ShouldBeTrue();
        winner.RemovedBy.ShouldBeNull();
        winner.Captures.Single(c => c.Name == "recipient").Text.ShouldBe("Moscow");
        winner.Claims.ShouldHaveSingleItem().Role("when").Single().Value.ShouldBe("2022-01-26");
        winner.Removed.ShouldContain(w => w.Loser.Id == "handover.give-to" && w.Reason.Contains("priority"));

        var loser = explanations.Single(e => e.Rule.Id == "handover.give-to");
        loser.Matched.ShouldBeTrue();
        loser.Claims.ShouldBeEmpty();
        loser.RemovedBy.ShouldNotBeNull().Winner.Id.ShouldBe("handover.hand-over");
        loser.RemovedBy.Reason.ShouldContain("priority");
    }

    [Fact]
    public void A_rule_no_token_can_start_says_so()
    {
        var explanation = RuleExplainer.Explain(Bundled.Value, "Nothing to see here.", ruleId: "handover.nominal-negated").ShouldHaveSingleItem();

        explanation.Matched.ShouldBeFalse();
        explanation.Failure.ShouldNotBeNull().Started.ShouldBeFalse();
    }
}
