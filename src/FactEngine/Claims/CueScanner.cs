using FactEngine.Compilation;
using FactEngine.Matching;
using FactEngine.Text;

namespace FactEngine.Claims;

/// <summary>
/// Looks for polarity and modality cues around a claim's trigger: a cue fires when its pattern matches within
/// its window on its side of the trigger and no stop mention (a clause break) lies between it and the trigger.
/// Any negative cue makes the claim negative. Of the modality cues that fire, the strongest wins —
/// hypothetical, then requested, then future — and among equals the one nearest the trigger.
/// </summary>
internal sealed class CueScanner(CompiledRuleSet rules, ProgramRunner runner)
{
    public (string? Polarity, string? Modality) Scan(IReadOnlyList<Token> tokens, MentionTable mentions, Sentence sentence,
        int triggerFirst, int triggerEnd)
    {
        string? polarity = null;
        string? modality = null;
        var modalityRank = (Rank: -1, Gap: int.MaxValue);
        foreach (var cue in rules.Cues)
        {
            if (Nearest(cue, tokens, mentions, sentence, triggerFirst, triggerEnd) is not { } gap)
            {
                continue;
            }

            if (cue.IsPolarity)
            {
                polarity = cue.Value == ClaimPolarity.Negative || polarity is null ? cue.Value : polarity;
            }
            else if (Rank(cue.Value) > modalityRank.Rank || (Rank(cue.Value) == modalityRank.Rank && gap < modalityRank.Gap))
            {
                modality = cue.Value;
                modalityRank = (Rank(cue.Value), gap);
            }
        }

        return (polarity, modality);
    }

    private static int Rank(string modality) => modality switch
    {
        ClaimModality.Hypothetical => 3,
        ClaimModality.Requested => 2,
        ClaimModality.Future => 1,
        _ => 0,
    };

    /// <summary>The gap in tokens between the trigger and the nearest firing of the cue, or null.</summary>
    private int? Nearest(CompiledCue cue, IReadOnlyList<Token> tokens, MentionTable mentions, Sentence sentence, int triggerFirst, int triggerEnd)
    {
        var captures = new int[cue.Program.SlotCount];
        int? best = null;
        if (cue.Direction is "before" or "around")
        {
            var from = Math.Max(sentence.FirstToken, triggerFirst - cue.Window);
            for (var p = triggerFirst - 1; p >= from; p--)
            {
                if (runner.Run(cue.Program, tokens, mentions, p, triggerFirst, out var end, captures, sentenceStart: sentence.FirstToken)
                    && !Stopped(cue, mentions, end, triggerFirst))
                {
                    best = triggerFirst - end;
                    break;
                }
            }
        }

        if (cue.Direction is "after" or "around")
        {
            var limit = Math.Min(sentence.EndToken, triggerEnd + cue.Window);
            for (var p = triggerEnd; p < limit; p++)
            {
                if (runner.Run(cue.Program, tokens, mentions, p, limit, out _, captures, sentenceStart: sentence.FirstToken) && !Stopped(cue, mentions, triggerEnd, p))
                {
                    var gap = p - triggerEnd;
                    best = best is null ? gap : Math.Min(best.Value, gap);
                    break;
                }
            }
        }

        return best;
    }

    private static bool Stopped(CompiledCue cue, MentionTable mentions, int from, int to)
    {
        if (cue.StopType is not { } stop)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (mentions.StartingAt(i).Any(m => m.TypeId == stop))
            {
                return true;
            }
        }

        return false;
    }
}
