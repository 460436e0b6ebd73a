using FactEngine.Claims;

namespace FactEngine.Evaluation;

/// <summary>Scores of extracted handovers against the development set.</summary>
/// <param name="Gold">Gold positive asserted handovers.</param>
/// <param name="Predicted">Predicted positive asserted handover claims.</param>
/// <param name="MatchedGold">Gold handovers found.</param>
/// <param name="MatchedPredicted">Predicted claims that match a gold handover.</param>
/// <param name="DatesRight">Matched pairs whose dates agree (both none counts as agreeing).</param>
/// <param name="DatesWithGold">Matched pairs whose gold handover has a date.</param>
/// <param name="DatesWithGoldRight">Of those, pairs with the right date.</param>
/// <param name="NonAssertedAsDone">Predicted done handovers that are negative or non-asserted in the gold.</param>
public sealed record HandoverScore(
    int Gold,
    int Predicted,
    int MatchedGold,
    int MatchedPredicted,
    int DatesRight,
    int DatesWithGold,
    int DatesWithGoldRight,
    int NonAssertedAsDone,
    IReadOnlyList<(string ArticleId, Claim Claim, string Why)> FalsePositives,
    IReadOnlyList<GoldHandover> Missed,
    IReadOnlyList<(GoldHandover Gold, Claim Claim)> DateErrors)
{
    public double Precision => Predicted == 0 ? 0 : (double)MatchedPredicted / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)MatchedGold / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double DateAccuracy => MatchedPredicted == 0 ? 0 : (double)DatesRight / MatchedPredicted;
}
