using FactEngine.Claims;
using FactEngine.Dates;
using FactEngine.Reading;
using FactEngine.Validation;
using static FactEngine.Tests.Validation.ValidationRules;

namespace FactEngine.Tests.Validation;

public class PerClaimCheckTests
{
    [Fact]
    public void A_done_handover_dated_after_publication_is_an_error_on_the_date()
    {
        const string text = "Germany delivered 14 tanks to Ukraine in March 2022.";
        var claim = Extract(text).Claims.ShouldHaveSingleItem();
        var finding = Single(claim, "date-after-publication");
        finding.Severity.ShouldBe("error");
        finding.Related.ShouldBe([Span("text", text, "March 2022")]);
    }

    [Theory]
    [InlineData("Germany delivered 14 tanks to Ukraine in February 2022.")]
    [InlineData("Germany delivered 14 tanks to Ukraine on 4 February 2022.")]
    [InlineData("Germany will deliver 14 tanks to Ukraine in March 2022.")]
    [InlineData("Germany did not deliver 14 tanks to Ukraine in March 2022.")]
    public void A_date_within_the_publication_grain_or_a_claim_not_done_is_not_after_publication(string text)
    {
        Extract(text).Claims.ShouldHaveSingleItem().Findings.ShouldNotContain(f => f.Check == "date-after-publication");
    }

    [Fact]
    public void Giver_and_recipient_of_one_canonical_actor_is_a_self_transfer_error()
    {
        const string text = "Germany handed the documents to Berlin.";
        var finding = Single(Extract(text).Claims.ShouldHaveSingleItem(), "self-transfer");
        finding.Severity.ShouldBe("error");
        finding.Related.ShouldBe([Span("text", text, "Germany"), Span("text", text, "Berlin")]);
    }

    [Fact]
    public void A_required_role_without_value_is_an_error_on_the_evidence()
    {
        const string text = "Germany handed to Ukraine.";
        var claim = Extract(text).Claims.ShouldHaveSingleItem();
        var finding = Single(claim, "missing-required-role");
        finding.Severity.ShouldBe("error");
        finding.Message.ShouldContain("item");
        finding.Related.ShouldBe([Span("text", text, text)]);
    }

    [Fact]
    public void A_duration_in_a_date_role_is_a_role_type_warning()
    {
        // The date grammar no longer offers durations to `nearest @Date`, so the claim is built by hand.
        const string text = "Germany delivered 14 tanks to Ukraine for three weeks.";
        var built = Extract("Germany delivered 14 tanks to Ukraine.").Claims.Single();
        var duration = new RoleValue("three weeks", "P3W", 42, 53) { Temporal = new TemporalValue(TemporalKind.Duration, "P3W", "week", "none") };
        var claim = built with
        {
            Roles = [.. built.Roles.Select(r => r.Key == "when" ? new KeyValuePair<string, IReadOnlyList<RoleValue>>("when", [duration]) : r)],
            Findings = [],
        };
        var (claims, _) = new ClaimValidator(Rules.Value).Validate(Article.FromText("a", text, Published), [claim]);
        var finding = Single(claims.ShouldHaveSingleItem(), "role-type");
        finding.Severity.ShouldBe("warning");
        finding.Related.ShouldBe([Span("text", text, "three weeks")]);
    }

    [Fact]
    public void A_clean_claim_has_no_findings()
    {
        Extract("Germany delivered 14 tanks to Ukraine on 3 January 2022.").Claims.ShouldHaveSingleItem().Findings.ShouldBeEmpty();
    }
}
