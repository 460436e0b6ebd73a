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

    /// <summary>Visited (instruction, token) states: a state is visited in this run when its stamp is the run's.
    /// Stamps spare clearing the table before every run.</summary>
    private int[] _visited = new int[1024];
    private int _stamp;
    private int[] _current = new int[8];

    public bool Run(MatcherProgram program, IReadOnlyList<Token> tokens, MentionTable mentions, int start, int limit,
        out int end, int[] captures, RunTrace? trace = null, int sentenceStart = -1)
    {
        var code = program.Instructions;
        var width = limit - start + 1;
        var states = code.Length * width;
        if (_visited.Length < states)
        {
            _visited = new int[Math.Max(states, _visited.Length * 2)];
            _stamp = 0;
        }

        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_visited);
            _stamp = 1;
        }

        var stamp = _stamp;
        if (_current.Length < program.SlotCount)
        {
            _current = new int[program.SlotCount * 2];
        }

        var current = _current;
        Array.Fill(current, -1, 0, program.SlotCount);
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
                var state = pc * width + (pos - start);
                if (_visited[state] == stamp)
                {
                    break;
                }

                _visited[state] = stamp;
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
                    Array.Copy(current, captures, program.SlotCount);
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
            for (var i = 0; i < candidates.Count; i++)
            {
                if (candidates[i].TypeId == test.TypeId && PassesFilters(test, candidates[i]))
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
        var filters = test.Filters;
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            if (!mention.Attributes.TryGetValue(filter.Key, out var value)
                || !string.Equals(value, filter.Value, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
