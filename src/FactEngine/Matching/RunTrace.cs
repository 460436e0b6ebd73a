namespace FactEngine.Matching;

/// <summary>
/// Records how far a program run got: the furthest token reached, the instructions that failed there (the first
/// one on the highest-priority path), and the capture slots of that path (what it had matched so far).
/// </summary>
internal sealed class RunTrace
{
    private readonly List<int> _failures = [];

    public int FurthestPosition { get; private set; } = -1;

    public int FailedInstruction => _failures.Count > 0 ? _failures[0] : -1;

    /// <summary>Every instruction that failed at the furthest position, first failure first.</summary>
    public IReadOnlyList<int> FailedInstructions => _failures;

    public int[] Captures { get; private set; } = [];

    public void Reached(int pc, int pos)
    {
        if (pos > FurthestPosition)
        {
            FurthestPosition = pos;
            _failures.Clear();
        }
    }

    public void Failed(int pc, int pos, int[]? captures = null)
    {
        if (pos > FurthestPosition)
        {
            FurthestPosition = pos;
            _failures.Clear();
        }

        if (pos == FurthestPosition && !_failures.Contains(pc))
        {
            if (_failures.Count == 0)
            {
                Captures = captures is null ? [] : (int[])captures.Clone();
            }

            _failures.Add(pc);
        }
    }
}
