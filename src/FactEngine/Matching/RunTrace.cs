namespace FactEngine.Matching;

/// <summary>Records how far a program run got: the furthest token reached and the instruction that failed there.</summary>
internal sealed class RunTrace
{
    public int FurthestPosition { get; private set; } = -1;

    public int FailedInstruction { get; private set; } = -1;

    public void Reached(int pc, int pos)
    {
        if (pos > FurthestPosition)
        {
            FurthestPosition = pos;
            FailedInstruction = -1;
        }
    }

    public void Failed(int pc, int pos)
    {
        if (pos >= FurthestPosition && FailedInstruction < 0)
        {
            FurthestPosition = pos;
            FailedInstruction = pc;
        }
    }
}
