using FactEngine.Text;

namespace FactEngine.Claims;

/// <summary>
/// Splits a captured noun phrase into its conjuncts, for rules that emit one claim per item
/// (<c>emit handover(...) each item;</c>): "food, medicine, sleeping bags and baby formula" gives four.
/// The phrase is cut at top-level commas, "and", "or", "as well as" and "plus" (not inside brackets); a conjunct
/// that ends in a modifier rather than a noun joins the next one, so "long-range, precision artillery",
/// "anti-tank and anti-aircraft missiles", "military and humanitarian aid" and "one or two tanks" stay whole; a
/// conjunct that reads as a verb phrase or a fragment stays with the one before ("aid and step up sanctions").
/// </summary>
public static class PhraseConjuncts
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "heavy", "light", "new", "old", "modern", "advanced", "small", "large", "additional", "more", "other", "further",
        "fresh", "extra", "precision", "key", "basic", "vital", "crucial", "urgent", "urgently", "much", "many", "needed",
        "several", "various", "such", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "dozens", "hundreds", "thousands", "first", "second", "third", "last", "most", "some", "few", "all", "both", "own",
        "short", "long", "medium", "strike", "attack", "combat", "assault", "cruise", "ballistic", "surface", "armoured",
        "armored", "air", "ground", "sea", "naval", "anti", "non", "western", "soviet", "nato",
    };

    public static IReadOnlyList<(int First, int End)> Split(IReadOnlyList<Token> tokens, int first, int end)
    {
        var segments = new List<(int First, int End)>();
        var (depth, start) = (0, first);
        for (var i = first; i < end; i++)
        {
            var norm = tokens[i].Norm;
            depth += norm is "(" or "[" ? 1 : norm is ")" or "]" ? -1 : 0;
            var length = depth > 0 ? 0 : SeparatorLength(tokens, i, end);
            if (length == 0)
            {
                continue;
            }

            if (i > start)
            {
                segments.Add((start, i));
            }

            i += length - 1;
            start = i + 1;
        }

        if (end > start)
        {
            segments.Add((start, end));
        }

        return Join(tokens, segments, first, end);
    }

    /// <summary>Joins a conjunct ending in a modifier to the next one; the last conjunct always stands.</summary>
    private static List<(int First, int End)> Join(IReadOnlyList<Token> tokens, List<(int First, int End)> segments, int first, int end)
    {
        if (segments.Count <= 1)
        {
            return [(first, end)];
        }

        var joined = new List<(int First, int End)>();
        int? pending = null;
        for (var s = 0; s < segments.Count; s++)
        {
            var (segmentFirst, segmentEnd) = segments[s];
            var from = pending ?? segmentFirst;
            if (s < segments.Count - 1 && IsModifier(tokens[segmentEnd - 1]))
            {
                pending = from;
                continue;
            }

            joined.Add((from, segmentEnd));
            pending = null;
        }

        return JoinClauseTails(tokens, joined);
    }

    /// <summary>Words that start a verb phrase or an aside rather than another item ("aid and step up sanctions").</summary>
    private static readonly HashSet<string> ClauseStarts = new(StringComparer.Ordinal)
    {
        "not", "including", "to", "step", "plant", "grew", "grow", "began", "begin", "change", "changed", "raise", "raising",
        "boost", "impose", "increase", "help", "make", "take", "keep", "bring", "allow", "provide", "send", "give", "supply",
        "deliver", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    };

    /// <summary>
    /// A conjunct that reads as a verb phrase or a fragment (it starts with a verb or "not", or ends in a preposition
    /// or a participle: "grew in popularity and began to") is no item of its own: it stays with the one before.
    /// </summary>
    private static List<(int First, int End)> JoinClauseTails(IReadOnlyList<Token> tokens, List<(int First, int End)> conjuncts)
    {
        var result = new List<(int First, int End)> { conjuncts[0] };
        foreach (var (first, end) in conjuncts.Skip(1))
        {
            var last = tokens[end - 1].Norm;
            var fragment = ClauseStarts.Contains(tokens[first].Norm)
                           || last is "to" or "of" or "for" or "in" or "with" or "by" or "from"
                           || (last.Length > 4 && last.EndsWith("ed", StringComparison.Ordinal));
            if (fragment)
            {
                result[^1] = (result[^1].First, end);
            }
            else
            {
                result.Add((first, end));
            }
        }

        return result;
    }

    private static int SeparatorLength(IReadOnlyList<Token> tokens, int i, int end)
    {
        var norm = tokens[i].Norm;
        if (norm is "and" or "or" or "plus" or "," or ";")
        {
            return norm == "," && i + 1 < end && tokens[i + 1].Norm is "and" or "or" or "plus" ? 2 : 1;
        }

        return norm == "as" && i + 2 < end && tokens[i + 1].Norm == "well" && tokens[i + 2].Norm == "as" ? 3 : 0;
    }

    /// <summary>A word that qualifies a noun rather than being one: a number, a hyphenated or derived adjective.</summary>
    private static bool IsModifier(Token token) =>
        token.Kind == TokenKind.Number || IsModifier(token.Norm, token.IsCapitalized);

    /// <summary>Whether a word (lower case) qualifies a noun rather than being one; see <see cref="IsModifier(Token)"/>.</summary>
    internal static bool IsModifier(string word, bool capitalized)
    {
        if (Modifiers.Contains(word) || word.Length == 0 || char.IsDigit(word[0]))
        {
            return true;
        }

        if (word.Contains('-'))
        {
            return !word.Any(char.IsDigit) && !word.EndsWith('s');
        }

        if (capitalized)
        {
            // Demonyms: "Ukrainian and Polish grain", "German and French tanks".
            return word.Length > 3 && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
                                       || word.EndsWith("ese", StringComparison.Ordinal) || word is "french" or "dutch" or "czech" or "greek");
        }

        string[] suffixes = ["al", "ary", "ic", "ive", "ous", "ian", "ish", "ern", "ful", "less", "able", "ible", "ed"];
        return word.Length > 4 && suffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal));
    }
}
