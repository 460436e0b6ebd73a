using FactEngine.Compilation.Programs;
using FactEngine.Text;

namespace FactEngine.Matching;

/// <summary>
/// Runs a matcher program anchored at one token, as a bit-state backtracker: a depth-first search in priority
/// order that visits each (instruction, token) pair at most once, so a run costs at most
/// program length × tokens in the window — never exponential. It returns the longest match and, among paths
/// to that end, the captures of the highest-priority path.
/// </summary>
internal sealed class ProgramRunner
{
    private readonly Stack<(int Pc, int Pos, int Slot, int Old)> _jobs = new();
    private ulong[] _visited = new ulong[64];

    public bool Run(MatcherProgram program, IReadOnlyList<Token> tokens, MentionTable mentions, int start, int limit,
        out int end, int[] captures, RunTrace? trace = null, int sentenceStart = -1)
    {
        var code = program.Instructions;
        var width = limit - start + 1;
        var bits = code.Length * width;
        if (_visited.Length * 64 < bits)
        {
            _visited = new ulong[(bits + 63) / 64];
        }
        else
        {
            Array.Clear(_visited, 0, (bits + 63) / 64);
        }

        var current = new int[program.SlotCount];
        Array.Fill(current, -1);
        Array.Fill(captures, -1);
        end = -1;
        _jobs.Clear();
        _jobs.Push((0, start, -1, 0));
        while (_jobs.Count > 0)
        {
            var (pc, pos, slot, old) = _jobs.Pop();
            if (slot >= 0)
            {
                current[slot] = old;
                continue;
            }

            while (true)
            {
                var bit = pc * width + (pos - start);
                var mask = 1UL << (bit & 63);
                if ((_visited[bit >> 6] & mask) != 0)
                {
                    break;
                }

                _visited[bit >> 6] |= mask;
                trace?.Reached(pc, pos);
                var instruction = code[pc];
                if (instruction.Op == OpCode.Token)
                {
                    if (pos < limit && program.TokenTests[instruction.Operand].Passes(tokens[pos]))
                    {
                        pc++;
                        pos++;
                        continue;
                    }

                    trace?.Failed(pc, pos, current);
                    break;
                }

                if (instruction.Op == OpCode.Mention)
                {
                    if (!StepMention(program.MentionTests[instruction.Operand], mentions, pc, ref pos, limit))
                    {
                        trace?.Failed(pc, pos, current);
                        break;
                    }

                    pc++;
                    continue;
                }

                if (instruction.Op == OpCode.Split)
                {
                    _jobs.Push((instruction.Y, pos, -1, 0));
                    pc = instruction.X;
                    continue;
                }

                if (instruction.Op == OpCode.Jump)
                {
                    pc = instruction.X;
                    continue;
                }

                if (instruction.Op == OpCode.Anchor)
                {
                    if (instruction.X == 1 ? pos == sentenceStart : pos == limit)
                    {
                        pc++;
                        continue;
                    }

                    break;
                }

                if (instruction.Op == OpCode.Save)
                {
                    _jobs.Push((0, 0, instruction.Operand, current[instruction.Operand]));
                    current[instruction.Operand] = pos;
                    pc++;
                    continue;
                }

                if (pos > end)
                {
                    end = pos;
                    Array.Copy(current, captures, current.Length);
                }

                break;
            }
        }

        return end > start;
    }

    /// <summary>
    /// Steps over a mention at <paramref name="pos"/>: the longest one is taken now, the shorter ones are pushed
    /// as alternatives. A negated test steps over one token that starts no mention of the type.
    /// </summary>
    private bool StepMention(MentionTest test, MentionTable mentions, int pc, ref int pos, int limit)
    {
        if (pos >= limit)
        {
            return false;
        }

        var candidates = mentions.StartingAt(pos);
        if (test.Negated)
        {
            foreach (var mention in candidates)
            {
                if (mention.TypeId == test.TypeId && PassesFilters(test, mention))
                {
                    return false;
                }
            }

            pos++;
            return true;
        }

        var next = -1;
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var mention = candidates[i];
            if (mention.TypeId != test.TypeId || mention.EndToken > limit || !PassesFilters(test, mention))
            {
                continue;
            }

            if (next >= 0)
            {
                _jobs.Push((pc + 1, next, -1, 0));
            }

            next = mention.EndToken;
        }

        if (next < 0)
        {
            return false;
        }

        pos = next;
        return true;
    }

    private static bool PassesFilters(MentionTest test, Mention mention)
    {
        foreach (var filter in test.Filters)
        {
            if (!mention.Attributes.TryGetValue(filter.Key, out var value)
                || !string.Equals(value, filter.Value, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
