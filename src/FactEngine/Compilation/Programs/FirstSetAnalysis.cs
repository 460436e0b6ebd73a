namespace FactEngine.Compilation.Programs;

/// <summary>Computes what a program can consume first, following splits, jumps and saves from the start.</summary>
internal static class FirstSetAnalysis
{
    public static FirstSet Compute(Instruction[] code, IReadOnlyList<TokenTest> tests, IReadOnlyList<MentionTest> mentions)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var types = new HashSet<int>();
        var anything = false;
        var canBeEmpty = false;
        var sentenceStart = false;
        var seen = new bool[code.Length];
        var stack = new Stack<int>();
        stack.Push(0);
        while (stack.Count > 0)
        {
            var pc = stack.Pop();
            if (pc >= code.Length || seen[pc])
            {
                continue;
            }

            seen[pc] = true;
            var instruction = code[pc];
            switch (instruction.Op)
            {
                case OpCode.Token:
                    if (tests[instruction.Operand].Keys is { } keys)
                    {
                        words.UnionWith(keys);
                    }
                    else
                    {
                        anything = true;
                    }

                    break;
                case OpCode.Mention:
                    var mention = mentions[instruction.Operand];
                    if (mention.Negated)
                    {
                        anything = true;
                    }
                    else
                    {
                        types.Add(mention.TypeId);
                    }

                    break;
                case OpCode.Split:
                    stack.Push(instruction.Y);
                    stack.Push(instruction.X);
                    break;
                case OpCode.Jump:
                    stack.Push(instruction.X);
                    break;
                case OpCode.Anchor when instruction.X == 1:
                    // Only a sentence start gets past "^": the rule is tried there, not everywhere.
                    sentenceStart = true;
                    break;
                case OpCode.Save:
                case OpCode.Anchor:
                    stack.Push(pc + 1);
                    break;
                case OpCode.Match:
                    canBeEmpty = true;
                    break;
            }
        }

        return new FirstSet(words, types, anything, canBeEmpty) { SentenceStart = sentenceStart };
    }
}
