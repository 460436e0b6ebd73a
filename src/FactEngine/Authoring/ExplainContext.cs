using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Compilation.Programs;
using FactEngine.Matching;
using FactEngine.Text;

namespace FactEngine.Authoring;

/// <summary>One sentence analysed for explanation: runs a rule at every token with a trace and reads the result.</summary>
internal sealed class ExplainContext(CompiledRuleSet rules, AnalyzedText text, MentionTable mentions, ProgramRunner runner)
{
    public RuleExplanation Explain(int ruleIndex, List<RuleMatch> chosen, List<(RuleMatch Loser, RuleMatch Winner)> removed,
        IReadOnlyList<Claim> claims)
    {
        var rule = rules.ClaimRules[ruleIndex];
        var program = rule.Program;
        RuleMatch? firstMatch = null;
        (RunTrace Trace, int Start, Sentence Sentence)? best = null;
        foreach (var sentence in text.Sentences)
        {
            for (var start = sentence.FirstToken; start < sentence.EndToken; start++)
            {
                var trace = new RunTrace();
                var captures = new int[program.SlotCount];
                if (runner.Run(program, text.Tokens, mentions, start, sentence.EndToken, out var end, captures, trace, sentence.FirstToken))
                {
                    firstMatch ??= new RuleMatch(ruleIndex, start, end, captures, rule.Priority, rule.Origin.Order);
                }
                else if (best is null || trace.FurthestPosition - start > best.Value.Trace.FurthestPosition - best.Value.Start)
                {
                    best = (trace, start, sentence);
                }
            }
        }

        if (firstMatch is not null)
        {
            var kept = chosen.FirstOrDefault(m => m.RuleIndex == ruleIndex);
            var loss = kept is null ? Loss(ruleIndex, removed) : null;
            var wins = removed
                .Where(x => x.Winner.RuleIndex == ruleIndex && x.Loser.RuleIndex != ruleIndex)
                .DistinctBy(x => x.Loser.RuleIndex)
                .Select(x => new ConflictWin(rules.ClaimRules[x.Loser.RuleIndex].Origin, Reason(x.Loser, x.Winner)))
                .ToList();
            return new RuleExplanation(rule.Origin, true, Captures(program, (kept ?? loss?.Loser ?? firstMatch).Captures, -1), claims,
                loss is { } l ? new ConflictLoss(rules.ClaimRules[l.Winner.RuleIndex].Origin, Reason(l.Loser, l.Winner)) : null, null)
            {
                Removed = wins,
            };
        }

        return new RuleExplanation(rule.Origin, false, [], claims, null, best is { } b ? Failure(program, b.Trace, b.Start, b.Sentence) : null);
    }

    private static (RuleMatch Loser, RuleMatch Winner)? Loss(int ruleIndex, List<(RuleMatch Loser, RuleMatch Winner)> removed) =>
        removed.Where(x => x.Loser.RuleIndex == ruleIndex)
            .OrderByDescending(x => x.Loser.Length)
            .ThenBy(x => x.Loser.FirstToken)
            .Select(x => ((RuleMatch, RuleMatch)?)x)
            .FirstOrDefault();

    private static string Reason(RuleMatch loser, RuleMatch winner) =>
        winner.Length > loser.Length ? $"longer match ({winner.Length} tokens against {loser.Length})"
        : winner.Priority > loser.Priority ? $"same length, higher priority ({winner.Priority} against {loser.Priority})"
        : winner.Order < loser.Order ? "same length and priority, written first"
        : "same length, priority and rule, starts earlier";

    private MatchFailure Failure(MatcherProgram program, RunTrace trace, int start, Sentence sentence)
    {
        var position = trace.FurthestPosition;
        var atEnd = position >= sentence.EndToken;
        var mentionNames = atEnd
            ? []
            : mentions.StartingAt(position).Select(m => m.Value is null ? $"@{m.Type}" : $"@{m.Type} {m.Value}").Distinct().ToList();
        var expected = trace.FailedInstructions.Select(pc => Expected(program, pc)).Distinct().ToList();
        return new MatchFailure(sentence.Index + 1, position - sentence.FirstToken + 1, atEnd ? null : text.Tokens[position].Text, mentionNames, expected,
            Captures(program, trace.Captures, position), position > start);
    }

    private static ExpectedElement Expected(MatcherProgram program, int pc)
    {
        var instruction = program.Instructions[pc];
        var description = instruction.Op switch
        {
            OpCode.Token => program.TokenTests[instruction.Operand].Description,
            OpCode.Mention when program.MentionTests[instruction.Operand] is { Negated: true } negated => $"a token that starts no {negated.Description}",
            OpCode.Mention => program.MentionTests[instruction.Operand].Description,
            _ => instruction.Op.ToString(),
        };
        var source = pc < program.Elements.Count ? program.Elements[pc] : null;
        if (source?.Source is not { } file)
        {
            return new ExpectedElement(description, null, 0, 0, source?.Pattern);
        }

        var (line, column) = file.GetLineColumn(instruction.Element);
        return new ExpectedElement(description, file.Path, line, column, source.Pattern);
    }

    /// <summary>The captures set in the slots; an open one (no end yet) runs to <paramref name="openEnd"/> when that is ≥ 0.</summary>
    private List<ExplainedCapture> Captures(MatcherProgram program, int[] slots, int openEnd)
    {
        var result = new List<ExplainedCapture>();
        for (var k = 0; k < program.CaptureNames.Count && k * 2 + 1 < slots.Length; k++)
        {
            var (first, end) = (slots[k * 2], slots[k * 2 + 1]);
            if (first < 0)
            {
                continue;
            }

            var complete = end >= first;
            if (!complete && openEnd < 0)
            {
                continue;
            }

            end = complete ? end : openEnd;
            if (end > first)
            {
                result.Add(new ExplainedCapture(program.CaptureNames[k], text.SliceTokens(first, end),
                    text.Tokens[first].Start, text.Tokens[end - 1].End, complete));
            }
        }

        return result.OrderBy(c => c.Start).ToList();
    }
}
