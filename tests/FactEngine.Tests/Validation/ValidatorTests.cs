using System.Text;
using System.Text.Json;
using FactEngine.Claims;
using FactEngine.Extraction;
using FactEngine.Output;
using FactEngine.Reading;
using FactEngine.Validation;
using static FactEngine.Tests.Validation.ValidationRules;

namespace FactEngine.Tests.Validation;

public class ValidatorTests
{
    private sealed class ThrowingCheck : IClaimCheck
    {
        public string Id => "boom";

        public IEnumerable<TargetedFinding> Run(ValidationContext context) => throw new InvalidOperationException("kaput");
    }

    [Fact]
    public void A_check_that_throws_becomes_an_internal_error_finding_and_the_others_still_run()
    {
        var article = Article.FromText("a", "Germany handed the documents to Berlin.", Published);
        var built = Extract(article.Renderings[0].Content).Claims.Select(c => c with { Findings = [] }).ToList();
        var (claims, findings) = new ClaimValidator(Rules.Value, [new ThrowingCheck()]).Validate(article, built);
        var finding = findings.ShouldHaveSingleItem();
        finding.Check.ShouldBe("internal-error");
        finding.Severity.ShouldBe("error");
        finding.Message.ShouldContain("boom");
        claims.ShouldHaveSingleItem().Findings.ShouldContain(f => f.Check == "self-transfer");
    }

    [Fact]
    public void Strict_drops_the_claims_with_an_error_finding()
    {
        var extraction = Extract("Germany handed the documents to Berlin. Poland sent 20 shells to Ukraine.");
        extraction.Claims.Count.ShouldBe(2);
        StrictFilter.Apply(extraction).Claims.ShouldHaveSingleItem().Role("giver").Single().Value.ShouldBe("Poland");
    }

    [Fact]
    public void The_summary_counts_findings_per_check_and_severity()
    {
        var summary = new FindingSummary();
        summary.Add(Extract("Germany handed the documents to Berlin in March 2022."));
        summary.ToString().ShouldBe("findings: date-after-publication 1, self-transfer 1 (error 2)");
        new FindingSummary().ToString().ShouldBe("findings: none");
    }

    [Fact]
    public void The_json_record_has_evidences_with_evidence_first_and_the_findings()
    {
        var extraction = Extract("Germany delivered 14 tanks to Ukraine on 3 January 2022. Berlin delivered the tanks to Kyiv on 5 January 2022.");
        using var stream = new MemoryStream();
        using (var writer = new ExtractionJsonWriter(stream, includeMentions: false))
        {
            writer.Write(extraction);
        }

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var claim = json.RootElement.GetProperty("claims")[0];
        var evidences = claim.GetProperty("evidences");
        evidences.GetArrayLength().ShouldBe(2);
        evidences[0].GetRawText().ShouldBe(claim.GetProperty("evidence").GetRawText());
        var finding = claim.GetProperty("findings")[0];
        finding.GetProperty("check").GetString().ShouldBe("conflict");
        finding.GetProperty("related").GetArrayLength().ShouldBe(2);
        json.RootElement.GetProperty("findings").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Dates_compare_at_their_grain()
    {
        DatePeriod.Parse("2022-02").ShouldBe(new DatePeriod(new DateOnly(2022, 2, 1), new DateOnly(2022, 2, 28)));
        DatePeriod.Parse("2022-W05").ShouldBe(new DatePeriod(new DateOnly(2022, 1, 31), new DateOnly(2022, 2, 6)));
        DatePeriod.Parse("2022-Q1").ShouldBe(new DatePeriod(new DateOnly(2022, 1, 1), new DateOnly(2022, 3, 31)));
        DatePeriod.Parse("199X").ShouldBe(new DatePeriod(new DateOnly(1990, 1, 1), new DateOnly(1999, 12, 31)));
        DatePeriod.Parse("XXXX-01-26").ShouldBeNull();
        DatePeriod.Parse("P3W").ShouldBeNull();
        DatePeriod.Parse("2022-02-04T09:00").ShouldBe(DatePeriod.Day(new DateOnly(2022, 2, 4)));
        DatePeriod.Parse("T09:00").ShouldBeNull();
    }

    [Theory]
    [InlineData("14 Leopard tanks", "the tanks", true)]
    [InlineData("their written responses to Russia's security proposals", "written responses to Russias security proposals", true)]
    [InlineData("heavy weapons", "weapons", true)]
    [InlineData("it", "military aid", false)]
    [InlineData("gas", "14 tanks", false)]
    [InlineData("Around 300,000 tonnes", "around 250,000 tonnes of soft wheat", false)]
    [InlineData("50,000 tonnes of wheat", "the wheat", true)]
    [InlineData("more than $2 billion in humanitarian aid", "nearly $40 billion in military aid", false)]
    [InlineData("14 Leopard tanks", "14 tanks", true)]
    public void Items_agree_by_head_word_or_whole_word_containment(string a, string b, bool agree)
    {
        ItemText.Agree(a, b).ShouldBe(agree);
    }
}
