using FactEngine.Compilation;
using FactEngine.Text;

namespace FactEngine.Matching;

/// <summary>
/// Finds the claim-rule matches of a sentence: at each token, only the rules the index says can start there
/// are run; overlapping matches are then settled by the <see cref="ConflictPolicy"/>.
/// </summary>
internal sealed class ClaimMatcher(CompiledRuleSet rules, ProgramRunner runner)
{
    private readonly List<int> _starters = [];
    private int[] _captures = new int[16];

    public List<RuleMatch> Match(AnalyzedText text, MentionTable mentions, Sentence sentence,
        List<(RuleMatch Loser, RuleMatch Winner)>? removed = null)
    {
        var candidates = new List<RuleMatch>();
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            rules.Index.Candidates(text.Tokens[i].Norm, mentions.StartingAt(i), i == sentence.FirstToken, _starters);
            foreach (var r in _starters)
            {
                var rule = rules.ClaimRules[r];
                if (_captures.Length < rule.Program.SlotCount)
                {
                    _captures = new int[rule.Program.SlotCount];
                }

                if (runner.Run(rule.Program, text.Tokens, mentions, i, sentence.EndToken, out var end, _captures, sentenceStart: sentence.FirstToken))
                {
                    candidates.Add(new RuleMatch(r, i, end, _captures[..rule.Program.SlotCount], rule.Priority, rule.Origin.Order));
                }
            }
        }

        return ConflictPolicy.Resolve(candidates, removed);
    }
}
