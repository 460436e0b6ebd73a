using FactEngine.Compilation.Programs;

namespace FactEngine.Compilation;

/// <summary>
/// Indexes programs by what can start them — a word key or a mention type — so that at each token only the
/// programs that can start there are tried. Programs that can start anywhere are kept apart and always tried.
/// </summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<string, int[]> _byWord;
    private readonly int[][] _byMentionType;
    private readonly int[] _anywhere;
    private readonly int[] _atSentenceStart;

    public RuleIndex(IReadOnlyList<MatcherProgram> programs, int mentionTypeCount)
    {
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byType = Enumerable.Range(0, mentionTypeCount).Select(_ => new List<int>()).ToArray();
        var anywhere = new List<int>();
        var atSentenceStart = new List<int>();
        for (var i = 0; i < programs.Count; i++)
        {
            var first = programs[i].FirstSet;
            if (first.SentenceStart)
            {
                atSentenceStart.Add(i);
            }

            if (first.Anything)
            {
                anywhere.Add(i);
                continue;
            }

            foreach (var word in first.Words)
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    byWord[word] = list = [];
                }

                list.Add(i);
            }

            foreach (var type in first.MentionTypes)
            {
                byType[type].Add(i);
            }
        }

        _byWord = byWord.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byMentionType = [.. byType.Select(l => l.ToArray())];
        _anywhere = [.. anywhere];
        _atSentenceStart = [.. atSentenceStart];
    }

    /// <summary>Program indexes that may start at a token with this key and these mentions: ascending, no repeats.</summary>
    public void Candidates(string word, IReadOnlyList<Matching.Mention> mentions, bool sentenceStart, List<int> into)
    {
        into.Clear();
        into.AddRange(_anywhere);
        if (sentenceStart)
        {
            into.AddRange(_atSentenceStart);
        }

        if (_byWord.TryGetValue(word, out var byWord))
        {
            into.AddRange(byWord);
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            into.AddRange(_byMentionType[mentions[i].TypeId]);
        }

        if (into.Count < 2)
        {
            return;
        }

        into.Sort();
        var kept = 1;
        for (var i = 1; i < into.Count; i++)
        {
            if (into[i] != into[kept - 1])
            {
                into[kept++] = into[i];
            }
        }

        into.RemoveRange(kept, into.Count - kept);
    }

    /// <summary>True when a program may start at a token with this key and these mentions.</summary>
    public static bool CanStart(FirstSet first, string word, IReadOnlyList<Matching.Mention> mentions, bool sentenceStart)
    {
        if (first.Anything || first.Words.Contains(word) || (sentenceStart && first.SentenceStart))
        {
            return true;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (first.MentionTypes.Contains(mentions[i].TypeId))
            {
                return true;
            }
        }

        return false;
    }
}
