using FactEngine.Evaluation;
using FactEngine.Extraction;
using FactEngine.Tests.Support;

namespace FactEngine.Tests.Evaluation;

public class GenevaScorerTests
{
    [Fact]
    public void Scores_role_heads_and_false_positives_on_negatives()
    {
        var extractor = new Extractor(TestRules.CompileOk("""
            lexicon Actor as actor { Germany; Ukraine; }
            claim handover(giver: actor*, item: text, recipient: actor*);
            rule r { match giver:@Actor ~send item:(<word> <word>?) to recipient:@Actor; emit handover; }
            """));
        string[] records =
        [
            """{"text": "Germany sent old tanks to Ukraine .", "event_type": "Sending", "giver": "Germany", "recipient": "to Ukraine", "artifact": "old tanks"}""",
            """{"text": "They gave him a book .", "event_type": "Giving", "giver": "They", "recipient": "him", "artifact": "a book"}""",
            """{"text": "He bought bread .", "event_type": "Commerce_buy", "giver": null, "recipient": "He", "artifact": "bread"}""",
        ];
        string[] negatives =
        [
            """{"text": "Germany sent aid to Ukraine ."}""",
            """{"text": "It rained ."}""",
        ];

        var score = GenevaScorer.Score(extractor, records, negatives);

        (score.Records, score.Detected).ShouldBe((2, 1));
        score.Roles.Select(r => (r.Role, r.Predicted, r.PredictedCorrect, r.Gold, r.GoldFound)).ShouldBe(
        [
            ("giver", 1, 1, 2, 1),
            ("recipient", 1, 1, 2, 1),
            ("item", 1, 1, 2, 1),
        ]);
        (score.Negatives, score.NegativesWithClaims).ShouldBe((2, 1));
    }
}
