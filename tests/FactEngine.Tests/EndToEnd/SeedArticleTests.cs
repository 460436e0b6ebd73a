using FactEngine.Claims;
using FactEngine.Extraction;
using FactEngine.Reading;
using FactEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FactEngine.Tests.EndToEnd;

/// <summary>The mission's worked example, through the composed engine exactly as the CLI uses it.</summary>
public class SeedArticleTests
{
    private static readonly Lazy<ArticleExtraction> Seed = new(() =>
    {
        using var services = new ServiceCollection()
            .AddFactEngine(o => o.RulesFrom(TestRules.BundledRules))
            .BuildServiceProvider();
        var extractor = services.GetRequiredService<Extractor>();
        var input = ArticleReader.ReadFile(Path.Combine(TestRules.Samples, "seed-article.txt"), ReadOptions.Default).Single();
        return extractor.Extract(input);
    });

    private static string[] Values(Claim claim, string role) => [.. claim.Role(role).Select(v => v.Value ?? v.Text)];

    private static IEnumerable<Claim> Handovers => Seed.Value.Claims.Where(c => c.Type == "handover");

    [Fact]
    public void The_JSON_record_has_the_contract_fields()
    {
        using var stream = new MemoryStream();
        using (var writer = new FactEngine.Output.ExtractionJsonWriter(stream, includeMentions: true))
        {
            writer.Write(Seed.Value);
        }

        using var json = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        root.GetProperty("article").GetProperty("id").GetString().ShouldBe("seed-article");
        root.GetProperty("article").GetProperty("date").GetString().ShouldBe("2022-02-04");
        root.GetProperty("status").GetString().ShouldBe("ok");
        var claim = root.GetProperty("claims").EnumerateArray()
            .Single(c => c.GetProperty("polarity").GetString() == "positive" && c.GetProperty("modality").GetString() == "asserted");
        var roles = claim.GetProperty("roles");
        var giver = roles.GetProperty("giver")[0];
        giver.GetProperty("value").GetString().ShouldBe("United States");
        giver.GetProperty("attributes").GetProperty("kind").GetString().ShouldBe("state");
        roles.GetProperty("recipient")[0].GetProperty("text").GetString().ShouldBe("Moscow");
        roles.GetProperty("item")[0].GetProperty("value").GetString().ShouldBe("responses");
        var when = roles.GetProperty("when")[0];
        (when.GetProperty("value").GetString(), when.GetProperty("grain").GetString(), when.GetProperty("anchor").GetString())
            .ShouldBe(("2022-01-26", "day", "publication-date"));
        claim.GetProperty("rule").GetProperty("id").GetString().ShouldBe("handover.hand-over");
        claim.GetProperty("evidences").GetArrayLength().ShouldBe(2);
        claim.GetProperty("findings").GetArrayLength().ShouldBe(0);
        root.GetProperty("mentions").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Array);
    }

    [Fact]
    public void The_January_26_handover_is_one_claim_with_both_renderings_as_evidence()
    {
        var claim = Handovers.Where(c => c.IsPositiveAsserted).ShouldHaveSingleItem();
        Values(claim, "giver").ShouldBe(["United States", "NATO"]);
        Values(claim, "recipient").ShouldBe(["Russia"]);
        claim.Role("recipient").Single().Text.ShouldBe("Moscow");
        claim.Role("item").Single().Text.ShouldStartWith("their written responses");
        claim.Role("item").Single().Value.ShouldBe("responses");
        Values(claim, "when").ShouldBe(["2022-01-26"]);
        claim.Role("when").Single().Temporal!.Grain.ShouldBe("day");
        claim.Rule.Id.ShouldBe("handover.hand-over");
        claim.Evidences.Select(e => e.Rendering).ShouldBe(["paragraphs", "flat"]);
        claim.Evidence.ShouldBe(claim.Evidences[0]);
        claim.Evidences.ShouldAllBe(e => e.Text.Contains("January 26"));
    }

    [Fact]
    public void The_merged_handover_has_no_error_findings()
    {
        var claim = Handovers.Single(c => c.IsPositiveAsserted);
        claim.Findings.ShouldNotContain(f => f.Severity == "error");
        Seed.Value.Findings.ShouldNotContain(f => f.Severity == "error");
    }

    [Fact]
    public void Every_evidence_span_is_the_text_of_its_rendering()
    {
        var article = Seed.Value.Input.Article!;
        foreach (var evidence in Seed.Value.Claims.SelectMany(c => c.Evidences))
        {
            var text = article.Renderings.Single(r => r.Name == evidence.Rendering).Content;
            text[evidence.Start..evidence.End].ShouldBe(evidence.Text);
        }
    }

    [Fact]
    public void Offsets_point_into_the_rendering_named_in_the_evidence()
    {
        var article = Seed.Value.Input.Article!;
        foreach (var claim in Seed.Value.Claims)
        {
            var text = article.Renderings.Single(r => r.Name == claim.Evidence.Rendering).Content;
            text[claim.Evidence.Start..claim.Evidence.End].ShouldBe(claim.Evidence.Text);
            foreach (var value in claim.Roles.SelectMany(r => r.Value))
            {
                text[value.Start..value.End].ShouldBe(value.Text);
            }
        }
    }

    [Fact]
    public void The_refused_concessions_are_not_a_done_handover()
    {
        // One refusal, stated in both renderings: merged into one negative claim with two evidences.
        var concessions = Handovers.Where(c => c.Role("item").Any(i => i.Text.Contains("concession"))).ToList();
        concessions.ShouldHaveSingleItem().Polarity.ShouldBe("negative");
        concessions[0].Evidences.Select(e => e.Rendering).ShouldBe(["paragraphs", "flat"]);
    }

    [Fact]
    public void The_expected_guarantees_are_not_a_done_handover()
    {
        Handovers.Where(c => c.IsPositiveAsserted)
            .ShouldAllBe(c => !c.Role("item").Any(i => i.Text.Contains("guarantee")));
    }

    [Fact]
    public void Only_the_january_26_handover_is_positive_and_asserted()
    {
        Handovers.Count(c => c.IsPositiveAsserted).ShouldBe(1);
    }
}
