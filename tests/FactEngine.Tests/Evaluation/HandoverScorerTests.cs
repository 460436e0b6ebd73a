using FactEngine.Evaluation;
using FactEngine.Extraction;
using FactEngine.Reading;
using FactEngine.Tests.Support;

namespace FactEngine.Tests.Evaluation;

public class HandoverScorerTests
{
    private const string Rules = """
        lexicon Actor as actor { Germany; Ukraine: Kyiv; Poland; }
        claim handover(giver: actor*, item: text, recipient: actor*, when: date?);
        cue future within 3 before trigger = will;
        rule r { match giver:@Actor trigger:~send item:<word> to recipient:@Actor; emit handover(when = nearest @Date); }
        """;

    private const string Text = "Germany sent tanks to Kyiv on Monday. Poland will send jets to Kyiv. Poland sent trucks to Germany.";

    private static HandoverScore Score(string goldJson)
    {
        var extractor = new Extractor(TestRules.CompileOk(Rules));
        var extraction = extractor.Extract(Article.FromText("a1", Text, new DateOnly(2023, 3, 29)));
        return HandoverScorer.Score(GoldHandover.Read([goldJson]), [extraction]);
    }

    [Fact]
    public void Counts_matches_misses_dates_and_non_asserted_claims_reported_as_done()
    {
        var score = Score("""
            {"id": "a1", "date": "2023-03-29", "handovers": [
              {"giver": ["Germany"], "recipient": ["Ukraine"], "item": "tanks", "item_text": "tanks", "when": "2023-03-27", "polarity": "positive", "modality": "asserted", "evidence": ["Germany sent tanks to Kyiv on Monday."]},
              {"giver": ["Poland"], "recipient": ["Ukraine"], "item": "jets", "item_text": "jets", "when": null, "polarity": "positive", "modality": "future", "evidence": ["Poland will send jets to Kyiv."]},
              {"giver": ["Poland"], "recipient": ["Germany"], "item": "trucks", "item_text": "trucks", "when": "2023-03", "polarity": "positive", "modality": "asserted", "evidence": ["Poland sent trucks to Germany."]},
              {"giver": ["Germany"], "recipient": ["Poland"], "item": "fuel", "item_text": "fuel", "when": null, "polarity": "positive", "modality": "asserted", "evidence": ["Germany sold fuel to Poland."]}]}
            """);
        (score.Gold, score.Predicted, score.MatchedGold, score.MatchedPredicted).ShouldBe((3, 2, 2, 2));
        (score.Precision, score.Recall).ShouldBe((1.0, 2.0 / 3));
        (score.DatesRight, score.DatesWithGold, score.DatesWithGoldRight).ShouldBe((1, 2, 1));
        score.Missed.Single().Item.ShouldBe("fuel");
        score.NonAssertedAsDone.ShouldBe(0);
    }

    [Fact]
    public void A_done_claim_that_the_gold_calls_future_is_counted_apart()
    {
        var score = Score("""
            {"id": "a1", "date": "2023-03-29", "handovers": [
              {"giver": ["Germany"], "recipient": ["Ukraine"], "item": "tanks", "item_text": "tanks", "when": null, "polarity": "positive", "modality": "future", "evidence": ["Germany sent tanks to Kyiv on Monday."]}]}
            """);
        (score.Gold, score.NonAssertedAsDone).ShouldBe((0, 1));
        score.FalsePositives.Select(f => f.Why).ShouldContain("gold says positive future");
    }
}
