using FactEngine.Syntax.Parsing;

namespace FactEngine.Syntax;

/// <summary>Cuts a rule file into statement chunks at lines that open with a statement keyword.</summary>
internal static class StatementChunker
{
    public static IReadOnlyList<(int Start, int End)> Chunk(string text)
    {
        var starts = new List<int>();
        var lineStart = 0;
        var sawContent = false;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var first = lineStart;
            while (first < lineEnd && text[first] is ' ' or '\t' or '\r')
            {
                first++;
            }

            if (StartsWithKeyword(text, first))
            {
                starts.Add(first);
            }
            else if (!sawContent && starts.Count == 0 && first < lineEnd && text[first] != '#')
            {
                starts.Add(first);
                sawContent = true;
            }

            lineStart = lineEnd + 1;
        }

        var chunks = new List<(int, int)>();
        for (var i = 0; i < starts.Count; i++)
        {
            chunks.Add((starts[i], i + 1 < starts.Count ? starts[i + 1] : text.Length));
        }

        return chunks;
    }

    public static bool StartsWithKeyword(string text, int at)
    {
        foreach (var keyword in RuleGrammar.StatementKeywords)
        {
            if (string.CompareOrdinal(text, at, keyword, 0, keyword.Length) == 0
                && (at + keyword.Length == text.Length || char.IsWhiteSpace(text[at + keyword.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name a definition statement declares ("pattern Actors = ..." → Actors), read without parsing.</summary>
    public static string? DefinedName(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        var keyword = text[start..i];
        if (keyword is not ("lexicon" or "pattern" or "mention" or "claim"))
        {
            return null;
        }

        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var nameStart = i;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        return i > nameStart ? text[nameStart..i] : null;
    }

    /// <summary>The offset just after the last character of the chunk that is not whitespace or comment.</summary>
    public static int EndWithoutTrivia(string text, int start, int end)
    {
        var last = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '#')
            {
                while (i < end && text[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                var close = text.IndexOf(c, i + 1);
                var lineEnd = text.IndexOf('\n', i + 1);
                i = close < 0 || (lineEnd >= 0 && close > lineEnd) ? (lineEnd < 0 ? end : lineEnd) : close + 1;
                last = Math.Min(i, end);
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                last = i + 1;
            }

            i++;
        }

        return last;
    }

    /// <summary>A short description of the text at a position: the word, or the character, in quotes.</summary>
    public static string Describe(string text, int at, int end)
    {
        if (at >= end || at >= text.Length)
        {
            return "end of statement";
        }

        var stop = at;
        while (stop < end && (char.IsLetterOrDigit(text[stop]) || text[stop] == '_'))
        {
            stop++;
        }

        var shown = stop > at ? text[at..stop] : text[at].ToString();
        return $"'{shown}'";
    }
}
