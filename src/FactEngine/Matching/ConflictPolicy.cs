namespace FactEngine.Matching;

/// <summary>
/// Chooses among overlapping matches, deterministically: the longest match wins; among equally long ones the
/// higher priority; then the rule written first (file order, then position in the file); then the one that
/// starts first. Matches that overlap no chosen match are all kept.
/// </summary>
internal static class ConflictPolicy
{
    public static List<RuleMatch> Resolve(IEnumerable<RuleMatch> candidates, List<(RuleMatch Loser, RuleMatch Winner)>? removed = null)
    {
        var ordered = candidates
            .OrderByDescending(m => m.Length)
            .ThenByDescending(m => m.Priority)
            .ThenBy(m => m.Order)
            .ThenBy(m => m.FirstToken)
            .ToList();
        var chosen = new List<RuleMatch>();
        foreach (var candidate in ordered)
        {
            var winner = chosen.FirstOrDefault(c => c.Overlaps(candidate));
            if (winner is null)
            {
                chosen.Add(candidate);
            }
            else
            {
                removed?.Add((candidate, winner));
            }
        }

        chosen.Sort((a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : a.Order.CompareTo(b.Order));
        return chosen;
    }
}
