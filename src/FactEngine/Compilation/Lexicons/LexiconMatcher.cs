using FactEngine.Text;

namespace FactEngine.Compilation.Lexicons;

/// <summary>
/// Finds lexicon phrases in a token stream with a token trie: multi-word, case-insensitive unless a phrase
/// is exact, longest phrase first. A final capitalised token may carry a possessive "s" without its apostrophe
/// ("Russias" names Russia), as in texts whose apostrophes were stripped.
/// </summary>
internal sealed class LexiconMatcher
{
    private readonly Node _root = new();

    public LexiconMatcher(Lexicon lexicon)
    {
        Lexicon = lexicon;
        for (var e = 0; e < lexicon.Entries.Count; e++)
        {
            foreach (var phrase in lexicon.Entries[e].Phrases)
            {
                Add(phrase, e);
            }
        }
    }

    public Lexicon Lexicon { get; }

    /// <summary>First-token keys: the words that can start a phrase of this lexicon.</summary>
    public IEnumerable<string> FirstKeys => _root.Children.Keys;

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>.</summary>
    public (int Entry, int End, bool Possessive)? MatchAt(IReadOnlyList<Token> tokens, int start, int limit)
    {
        var node = _root;
        (int, int, bool)? best = null;
        for (var i = start; i < limit; i++)
        {
            var token = tokens[i];
            if (i > start && token.AfterGlue)
            {
                break;
            }

            if (node.Children.TryGetValue(token.Norm, out var child))
            {
                if (child.Terminal(token.Text, i - start) is { } entry)
                {
                    best = (entry, i + 1, false);
                }
            }

            if (token.Norm.Length > 2 && token.Norm[^1] == 's' && token.IsCapitalized
                && node.Stems.TryGetValue(token.Norm.AsSpan(0, token.Norm.Length - 1), out var stem)
                && stem.Terminal(token.Text[..^1], i - start) is { } possessiveEntry)
            {
                best = best is { } b && b.Item2 == i + 1 ? best : (possessiveEntry, i + 1, true);
            }

            if (child is null)
            {
                break;
            }

            node = child;
        }

        return best;
    }

    private void Add(LexiconPhrase phrase, int entry)
    {
        var tokens = Tokenizer.Tokenize(phrase.Text);
        if (tokens.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var token in tokens)
        {
            if (!node.Children.TryGetValue(token.Norm, out var child))
            {
                child = new Node();
                node.Children[token.Norm] = child;
            }

            node = child;
        }

        node.Endings.Add((entry, phrase.Exact ? tokens[^1].Text : null, phrase.Exact ? tokens.Select(t => t.Text).ToArray() : null));
    }

    private sealed class Node
    {
        public Node() => Stems = Children.GetAlternateLookup<ReadOnlySpan<char>>();

        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        /// <summary>The children looked up by a span, so a word less its possessive "s" needs no new string.</summary>
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Stems { get; }

        /// <summary>Entries whose phrase ends here; exact phrases keep their token spellings.</summary>
        public List<(int Entry, string? ExactLast, string[]? ExactTokens)> Endings { get; } = [];

        public int? Terminal(string lastText, int _)
        {
            foreach (var (entry, exactLast, _) in Endings)
            {
                if (exactLast is null || string.Equals(exactLast, lastText, StringComparison.Ordinal))
                {
                    return entry;
                }
            }

            return null;
        }
    }
}
