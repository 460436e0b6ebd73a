using FactEngine.Claims;

namespace FactEngine.Authoring;

/// <summary>What changed between two runs over a corpus, with the counts.</summary>
public sealed record ClaimDiffResult(
    IReadOnlyList<ClaimDiffEntry> Added,
    IReadOnlyList<ClaimDiffEntry> Removed,
    IReadOnlyList<ClaimDiffEntry> Changed,
    int Articles,
    int OldClaims,
    int NewClaims)
{
    public bool HasDifferences => Added.Count + Removed.Count + Changed.Count > 0;
}

/// <summary>One claim added (Old null), removed (New null) or changed (both, with what differs).</summary>
public sealed record ClaimDiffEntry(string ArticleId, Claim? Old, Claim? New, IReadOnlyList<string> Differences);
