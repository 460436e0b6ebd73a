using FactEngine.Claims;
using FactEngine.Tests.Support;

namespace FactEngine.Tests.Matching;

public class MatcherTests
{
    private const string Prelude = """
        lexicon Actor as actor { "United States": 'US', Washington, "the United States"; NATO; Russia: Moscow; Ukraine: Kyiv; }
        claim handover(giver: actor*, item: text, recipient: actor*, when: date?);
        pattern Actors = @Actor ("," @Actor){0,4} (and @Actor)?;

        """;

    private static IReadOnlyList<Claim> Claims(string rules, string text, DateOnly? date = null) =>
        TestRules.Extract(TestRules.CompileOk(Prelude + rules), text, date).Claims;

    private static string[] Values(Claim claim, string role) => [.. claim.Role(role).Select(v => v.Value ?? v.Text)];

    [Fact]
    public void Coordinated_actors_give_one_claim_with_every_actor()
    {
        var claim = Claims("rule r { match giver:@Actors handed item:[]{1,6} to recipient:@Actors; emit handover; }",
            "The United States, NATO and Moscow handed notes to Kyiv.").ShouldHaveSingleItem();
        Values(claim, "giver").ShouldBe(["United States", "NATO", "Russia"]);
        Values(claim, "recipient").ShouldBe(["Ukraine"]);
        claim.Role("giver")[0].Text.ShouldBe("The United States");
    }

    [Fact]
    public void Each_item_gives_one_claim_per_conjunct_valued_by_its_head()
    {
        const string rules = """
            claim gift(giver: actor*, item: phrase, recipient: actor*);
            rule r { match giver:@Actor sent item:[]{1,30} to recipient:@Actor; emit gift each item; }
            """;
        var claims = Claims(rules, "Washington sent long-range, precision artillery, 250 tonnes of wheat and anti-tank and anti-aircraft missiles to Kyiv.");
        claims.Select(c => (c.Role("item").Single().Text, c.Role("item").Single().Value)).ShouldBe(
        [
            ("long-range, precision artillery", "artillery"),
            ("250 tonnes of wheat", "wheat"),
            ("anti-tank and anti-aircraft missiles", "missiles"),
        ]);
        claims.ShouldAllBe(c => c.Role("giver").Single().Value == "United States" && c.Role("recipient").Single().Value == "Ukraine");
    }

    [Fact]
    public void A_mention_rule_values_an_unknown_name_by_its_text_and_makes_other_captures_attributes()
    {
        const string rules = """
            lexicon Demonym as actor { Ukraine: Ukrainian; }
            lexicon Title { president; }
            mention Actor = state:@Demonym title:@Title value:(<cap> <cap>{0,2});
            rule r { match giver:@Actor handed item:[]{1,6} to recipient:@Actor; emit handover; }
            """;
        var giver = Claims(rules, "Ukrainian President Ivan Petrenko handed the lists to Moscow.").ShouldHaveSingleItem().Role("giver").ShouldHaveSingleItem();
        giver.Value.ShouldBe("Ivan Petrenko");
        giver.Text.ShouldBe("Ukrainian President Ivan Petrenko");
        giver.Attributes.ShouldNotBeNull();
        giver.Attributes["state"].ShouldBe("Ukraine");
        giver.Attributes["title"].ShouldBe("President");
    }

    [Fact]
    public void A_name_a_mention_rule_found_is_known_by_its_last_name_elsewhere_in_the_text()
    {
        const string rules = """
            lexicon Title { president; }
            mention Actor = @Title value:(<cap> <cap>{0,2});
            rule r { match giver:@Actor handed item:[]{1,6} to recipient:@Actor; emit handover; }
            """;
        var claim = Claims(rules, "President Ivan Petrenko spoke. Later Petrenko handed the lists to Moscow.").ShouldHaveSingleItem();
        var giver = claim.Role("giver").ShouldHaveSingleItem();
        (giver.Text, giver.Value).ShouldBe(("Petrenko", "Ivan Petrenko"));
    }

    [Fact]
    public void A_captured_duration_does_not_date_a_claim()
    {
        var claim = Claims("rule r { match giver:@Actor handed item:[]{1,6} to recipient:@Actor (in | over)? when:@Date; emit handover; }",
            "Washington handed the notes to Moscow over the past three weeks.", new DateOnly(2022, 2, 4)).ShouldHaveSingleItem();
        claim.Role("when").ShouldBeEmpty();
    }

    [Fact]
    public void Captures_keep_character_offsets_into_the_text()
    {
        const string text = "Earlier, Washington handed the notes to Moscow.";
        var claim = Claims("rule r { match giver:@Actor handed item:[]{1,6} to recipient:@Actor; emit handover; }", text).Single();
        var item = claim.Role("item").Single();
        text[item.Start..item.End].ShouldBe("the notes");
        claim.Evidence.Text.ShouldBe(text);
    }

    [Fact]
    public void A_gap_takes_what_lets_the_whole_match_be_longest()
    {
        var claim = Claims("rule r { match giver:@Actor handed item:[]{1,10}? over? to recipient:@Actor; emit handover; }",
            "Washington handed its responses to Russia's proposals over to Moscow.").Single();
        Values(claim, "item").ShouldBe(["its responses to Russia's proposals"]);
        Values(claim, "recipient").ShouldBe(["Russia"]);
    }

    [Fact]
    public void Lazy_repetition_prefers_the_shorter_capture_among_equally_long_matches()
    {
        var greedy = Claims("rule r { match giver:@Actor item:[]{1,8} (and []{0,4})? done; emit handover; }",
            "NATO sent arms and food and fuel done").Single();
        var lazy = Claims("rule r { match giver:@Actor item:[]{1,8}? (and []{0,4})? done; emit handover; }",
            "NATO sent arms and food and fuel done").Single();
        Values(greedy, "item").ShouldBe(["sent arms and food and fuel"]);
        Values(lazy, "item").ShouldBe(["sent arms"]);
    }

    [Fact]
    public void Possessives_match_with_and_without_the_apostrophe()
    {
        const string rules = "rule r { match giver:@Actor \"'s\"? item:envoy handed notes to recipient:@Actor; emit handover; }";
        Values(Claims(rules, "Russia's envoy handed notes to NATO.").Single(), "giver").ShouldBe(["Russia"]);
        Values(Claims(rules, "Russias envoy handed notes to NATO").Single(), "giver").ShouldBe(["Russia"]);
    }

    [Fact]
    public void Exact_literals_and_lexicon_phrases_respect_case()
    {
        const string rules = "rule r { match giver:@Actor 'SENT' item:<word> to recipient:@Actor; emit handover; }";
        Claims(rules, "US SENT arms to Kyiv").Count.ShouldBe(1);
        Claims(rules, "US sent arms to Kyiv").ShouldBeEmpty();
        Claims(rules, "us SENT arms to Kyiv").ShouldBeEmpty();
    }

    [Fact]
    public void Token_classes_regexes_negations_and_anchors_work()
    {
        const string rules = "rule r { match ^ giver:@Actor /sen[dt]s?/ item:(<num> !to <cap>) to recipient:@Actor $; emit handover; }";
        Claims(rules, "NATO sent 20 heavy Leopards to Kyiv").Count.ShouldBe(1);
        Claims(rules, "Then NATO sent 20 heavy Leopards to Kyiv").ShouldBeEmpty();
        Claims(rules, "NATO sent 20 heavy Leopards to Kyiv today").ShouldBeEmpty();
        Claims(rules, "NATO sent 20 to Leopards to Kyiv").ShouldBeEmpty();
    }

    [Fact]
    public void Verb_forms_cover_every_inflection()
    {
        const string rules = "rule r { match giver:@Actor ~give recipient:@Actor item:<word>; emit handover; }";
        foreach (var verb in new[] { "give", "gives", "gave", "given", "giving" })
        {
            Claims(rules, $"NATO {verb} Kyiv tanks").Count.ShouldBe(1, verb);
        }
    }

    [Fact]
    public void Dates_are_one_unit_and_resolve_against_the_publication_date()
    {
        var claim = Claims("rule r { match giver:@Actor handed item:<word> to recipient:@Actor on when:@Date; emit handover; }",
            "NATO handed notes to Kyiv on December 17, 2021.", new DateOnly(2022, 2, 4)).Single();
        Values(claim, "when").ShouldBe(["2021-12-17"]);
        var past = Claims("rule r { match giver:@Actor handed item:<word> to recipient:@Actor on when:@Date; emit handover; }",
            "NATO handed notes to Kyiv on December 17.", new DateOnly(2022, 2, 4)).Single();
        Values(past, "when").ShouldBe(["2021-12-17"]);
    }

    [Fact]
    public void Mention_rules_cascade_into_later_rules()
    {
        const string rules = """
            lexicon Demonym as actor { Russia: Russian; }
            mention Actor = the? value:@Demonym (Foreign | Defence) Ministry;
            rule r { match giver:@Actor handed item:<word> to recipient:@Actor; emit handover; }
            """;
        var claim = Claims(rules, "The Russian Foreign Ministry handed notes to NATO.").Single();
        Values(claim, "giver").ShouldBe(["Russia"]);
        claim.Role("giver").Single().Text.ShouldBe("The Russian Foreign Ministry");
    }

    [Fact]
    public void Cues_set_polarity_and_modality_from_around_the_trigger()
    {
        const string rules = """
            lexicon Break { but; ";"; }
            cue negative within 3 before trigger stop at @Break = not | ~refuse to;
            cue future within 3 before trigger = will | ~expect to;
            cue hypothetical within 10 before trigger = if;
            rule r { match giver:@Actor []{0,3} trigger:~give recipient:@Actor item:<word>; emit handover; }
            """;
        Claims(rules, "NATO gave Kyiv tanks").Single().IsPositiveAsserted.ShouldBeTrue();
        var refused = Claims(rules, "NATO refused to give Kyiv tanks").Single();
        (refused.Polarity, refused.Modality).ShouldBe(("negative", "asserted"));
        Claims(rules, "NATO will give Kyiv tanks").Single().Modality.ShouldBe("future");
        Claims(rules, "If asked , NATO will give Kyiv tanks").Single().Modality.ShouldBe("hypothetical");
        Claims(rules, "NATO did not agree but then gave Kyiv tanks").ShouldAllBe(c => c.Polarity == "positive");
    }

    [Fact]
    public void A_rule_can_fix_polarity_and_modality()
    {
        var claim = Claims("rule r { match giver:@Actor halted deliveries of item:<word> to recipient:@Actor; emit handover negative; }",
            "Moscow halted deliveries of gas to Ukraine").Single();
        claim.Polarity.ShouldBe("negative");
    }

    [Fact]
    public void Matching_stays_fast_on_a_pathological_pattern()
    {
        // Nested optional gaps explode a backtracking matcher; the bit-state runner visits each state once.
        var rules = TestRules.CompileOk(Prelude + "rule r { match giver:@Actor ([]{0,8} []{0,8}){0,8} item:zzz; emit handover; }");
        var text = "NATO " + string.Join(" ", Enumerable.Repeat("aa", 150));
        TestRules.Extract(rules, text).Claims.ShouldBeEmpty();
    }
}
