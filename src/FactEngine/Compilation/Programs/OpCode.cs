namespace FactEngine.Compilation.Programs;

/// <summary>The instructions of a matcher program.</summary>
internal enum OpCode : byte
{
    /// <summary>Consume one token that passes test <c>Operand</c>.</summary>
    Token,

    /// <summary>Consume one mention of the mention test <c>Operand</c>, whatever its length.</summary>
    Mention,

    /// <summary>Continue at X, and failing that at Y (X has priority).</summary>
    Split,

    /// <summary>Continue at X.</summary>
    Jump,

    /// <summary>Record the current token position in capture slot <c>Operand</c>.</summary>
    Save,

    /// <summary>Succeed only at the sentence start (X = 1) or end (X = 0); consumes nothing.</summary>
    Anchor,

    /// <summary>The pattern matched.</summary>
    Match,
}

/// <summary>One instruction; <see cref="Element"/> is the rule-file offset of the pattern element it came from.</summary>
internal readonly record struct Instruction(OpCode Op, int X, int Y, int Operand, int Element);
