namespace FactEngine.Matching;

/// <summary>A match of a program (claim rule or mention rule) over tokens [FirstToken, EndToken).</summary>
/// <param name="RuleIndex">Index of the rule in its list (claim rules or mention rules).</param>
/// <param name="Captures">Capture slots: 2k is the start token and 2k+1 the end token of capture k; -1 if unset.</param>
internal sealed record RuleMatch(int RuleIndex, int FirstToken, int EndToken, int[] Captures, int Priority, int Order)
{
    public int Length => EndToken - FirstToken;

    public (int First, int End)? Capture(int index) =>
        index >= 0 && index * 2 + 1 < Captures.Length && Captures[index * 2] >= 0 && Captures[index * 2 + 1] >= Captures[index * 2]
            ? (Captures[index * 2], Captures[index * 2 + 1])
            : null;

    public bool Overlaps(RuleMatch other) => FirstToken < other.EndToken && other.FirstToken < EndToken;
}
