namespace FactEngine.Compilation.Programs;

/// <summary>
/// A compiled pattern: instructions run by <c>ProgramRunner</c> over a sentence's tokens and mentions.
/// Capture slot 2k holds the start and 2k+1 the end of capture k.
/// </summary>
internal sealed record MatcherProgram(
    Instruction[] Instructions,
    TokenTest[] TokenTests,
    MentionTest[] MentionTests,
    IReadOnlyList<string> CaptureNames,
    FirstSet FirstSet,
    int? MaxLength)
{
    /// <summary>Per instruction: the file its element is written in and the named pattern it was expanded from.</summary>
    public IReadOnlyList<ElementSource> Elements { get; init; } = [];

    public int SlotCount => CaptureNames.Count * 2;

    public int CaptureIndex(string name)
    {
        for (var i = 0; i < CaptureNames.Count; i++)
        {
            if (CaptureNames[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>What can start a match: word keys, mention types, or anything (then the rule is tried everywhere);
/// <see cref="SentenceStart"/> when a path begins with the <c>^</c> anchor (tried at sentence starts).</summary>
internal sealed record FirstSet(IReadOnlySet<string> Words, IReadOnlySet<int> MentionTypes, bool Anything, bool CanBeEmpty)
{
    public bool SentenceStart { get; init; }
}

/// <summary>Where an instruction's element is written: its file (when known) and the named pattern it came from (null: the statement itself).</summary>
internal sealed record ElementSource(Syntax.SourceText? Source, string? Pattern);
