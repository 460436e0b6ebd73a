using FactEngine.Tests.Support;

namespace FactEngine.Tests.Matching;

public class ConflictPolicyTests
{
    private const string Prelude = """
        lexicon Actor as actor { NATO; Russia; Ukraine; }
        claim handover(giver: actor*, item: text, recipient: actor*);

        """;

    private static string[] FiredRules(string rules, string text) =>
        [.. TestRules.Extract(TestRules.CompileOk(Prelude + rules), text).Claims.Select(c => c.Rule.Id)];

    [Fact]
    public void The_longest_match_wins()
    {
        FiredRules("""
            rule short { priority 9; match giver:@Actor sent item:<word>; emit handover; }
            rule long { match giver:@Actor sent item:<word> to recipient:@Actor; emit handover; }
            """, "NATO sent tanks to Ukraine").ShouldBe(["long"]);
    }

    [Fact]
    public void Among_equally_long_matches_the_higher_priority_wins()
    {
        FiredRules("""
            rule first { match giver:@Actor sent item:<word>; emit handover; }
            rule second { priority 2; match giver:@Actor sent item:tanks; emit handover; }
            """, "NATO sent tanks").ShouldBe(["second"]);
    }

    [Fact]
    public void Among_equal_priorities_the_rule_written_first_wins()
    {
        FiredRules("""
            rule first { match giver:@Actor sent item:<word>; emit handover; }
            rule second { match giver:@Actor sent item:tanks; emit handover; }
            """, "NATO sent tanks").ShouldBe(["first"]);
    }

    [Fact]
    public void Matches_that_do_not_overlap_are_all_kept()
    {
        FiredRules("rule r { match giver:@Actor sent item:<word>; emit handover; }", "NATO sent tanks and Russia sent gas")
            .ShouldBe(["r", "r"]);
    }
}
