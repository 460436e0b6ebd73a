using static FactEngine.Tests.Validation.ValidationRules;

namespace FactEngine.Tests.Validation;

public class CrossClaimCheckTests
{
    [Fact]
    public void Two_mentions_of_one_handover_merge_into_one_claim_with_both_evidences()
    {
        const string text = "Germany delivered 14 Leopard tanks to Ukraine on 3 January 2022. Berlin sent the tanks to Kyiv.";
        var claim = Extract(text).Claims.ShouldHaveSingleItem();
        claim.Evidences.Select(e => e.Span).ShouldBe([
            Span("text", text, "Germany delivered 14 Leopard tanks to Ukraine on 3 January 2022."),
            Span("text", text, "Berlin sent the tanks to Kyiv.")]);
        claim.Evidence.ShouldBe(claim.Evidences[0]);
        claim.Role("when").Single().Value.ShouldBe("2022-01-03");
        claim.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Conflicting_dates_for_one_handover_in_two_sentences_are_a_conflict_naming_both()
    {
        const string text = "Germany delivered 14 tanks to Ukraine on 3 January 2022. Berlin delivered the tanks to Kyiv on 5 January 2022.";
        var claim = Extract(text).Claims.ShouldHaveSingleItem();
        claim.Evidences.Count.ShouldBe(2);
        var finding = Single(claim, "conflict");
        finding.Severity.ShouldBe("warning");
        finding.Message.ShouldContain("2022-01-03");
        finding.Message.ShouldContain("2022-01-05");
        finding.Related.ShouldBe([
            Span("text", text, "Germany delivered 14 tanks to Ukraine on 3 January 2022."),
            Span("text", text, "Berlin delivered the tanks to Kyiv on 5 January 2022.")]);
    }

    [Fact]
    public void A_date_and_a_day_within_it_do_not_conflict()
    {
        const string text = "Germany delivered 14 tanks to Ukraine in January 2022. Berlin delivered the tanks to Kyiv on 5 January 2022.";
        Extract(text).Claims.ShouldHaveSingleItem().Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Different_items_or_givers_are_different_handovers()
    {
        const string text = "Germany delivered 14 tanks to Ukraine. Germany delivered gas to Ukraine. Poland delivered 14 tanks to Ukraine.";
        Extract(text).Claims.Count.ShouldBe(3);
    }

    [Fact]
    public void A_negative_and_a_positive_mention_of_one_delivery_are_a_polarity_conflict_on_both()
    {
        const string text = "Germany delivered 14 tanks to Ukraine. Germany did not deliver the tanks to Ukraine.";
        var claims = Extract(text).Claims;
        claims.Select(c => c.Polarity).ShouldBe(["positive", "negative"]);
        var (done, notDone) = (Span("text", text, "Germany delivered 14 tanks to Ukraine."), Span("text", text, "Germany did not deliver the tanks to Ukraine."));
        var first = Single(claims[0], "polarity-conflict");
        first.Severity.ShouldBe("warning");
        first.Related.ShouldBe([done, notDone]);
        var second = Single(claims[1], "polarity-conflict");
        second.Severity.ShouldBe("warning");
        second.Related.ShouldBe([notDone, done]);
    }

    [Fact]
    public void A_claim_found_in_the_paragraphs_only_is_info_and_in_the_flat_line_only_a_warning()
    {
        const string flat = "Aid news Germany delivered 14 tanks to Ukraine Poland sent shells to Ukraine";
        const string paragraphs = "Germany delivered 14 tanks to Ukraine.\n\nRussia delivered gas to Germany.";
        var claims = ExtractDump(flat, paragraphs).Claims;
        claims.Count.ShouldBe(3);

        var tanks = claims.Single(c => c.Role("giver").Single().Value == "Germany");
        tanks.Evidences.Select(e => e.Rendering).ShouldBe(["paragraphs", "flat"]);
        tanks.Findings.ShouldBeEmpty();

        var shells = Single(claims.Single(c => c.Role("giver").Single().Value == "Poland"), "rendering-disagreement");
        shells.Severity.ShouldBe("warning");
        shells.Message.ShouldContain("flat line only");
        shells.Related.ShouldBe([Span("flat", flat, flat)]);

        var gas = Single(claims.Single(c => c.Role("giver").Single().Value == "Russia"), "rendering-disagreement");
        gas.Severity.ShouldBe("info");
        gas.Message.ShouldContain("paragraphs only");
        gas.Related.ShouldBe([Span("paragraphs", paragraphs, "Russia delivered gas to Germany.")]);
    }

    [Fact]
    public void Renderings_that_disagree_on_a_date_are_a_warning_naming_both_sides()
    {
        const string flat = "Germany delivered 14 tanks to Ukraine on 5 January 2022";
        const string paragraphs = "Germany delivered 14 tanks to Ukraine on 3 January 2022.";
        var claim = ExtractDump(flat, paragraphs).Claims.ShouldHaveSingleItem();
        claim.Evidences.Select(e => e.Rendering).ShouldBe(["paragraphs", "flat"]);
        claim.Role("when").Single().Value.ShouldBe("2022-01-03");
        var finding = Single(claim, "rendering-disagreement");
        finding.Severity.ShouldBe("warning");
        finding.Message.ShouldBe("the renderings disagree: when is 2022-01-05 in the flat line but 2022-01-03 in the paragraphs");
        finding.Related.ShouldBe([Span("flat", flat, flat), Span("paragraphs", paragraphs, paragraphs)]);
        claim.Findings.ShouldNotContain(f => f.Check == "conflict");
    }

    [Fact]
    public void Renderings_that_differ_only_in_item_text_are_info()
    {
        const string flat = "Germany delivered 14 tanks and guns to Ukraine";
        const string paragraphs = "Germany delivered 14 tanks to Ukraine.";
        var claim = ExtractDump(flat, paragraphs).Claims.ShouldHaveSingleItem();
        var finding = Single(claim, "rendering-disagreement");
        finding.Severity.ShouldBe("info");
        finding.Message.ShouldBe("the renderings disagree: item is 14 tanks and guns in the flat line but 14 tanks in the paragraphs");
        finding.Related.ShouldBe([Span("flat", flat, flat), Span("paragraphs", paragraphs, paragraphs)]);
    }
}
