namespace FactEngine.Text;

/// <summary>
/// Splits a token stream into sentences. A sentence ends at ".", "!" or "?" (with any closing quotes and
/// brackets after it) when the next token opens a sentence, unless the period ends an abbreviation
/// ("Mr.", "Dec. 17") or an initial. Line breaks always end a sentence; so do glued word boundaries in
/// the flat rendering, and an over-long sentence is cut at its last clause break.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Sentences longer than this are cut, so that matching stays linear in the text length.</summary>
    public const int MaxTokens = 160;

    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var isLast = i == tokens.Count - 1;
            if (isLast || EndsSentenceAfter(text, tokens, i) || i - first + 1 >= MaxTokens)
            {
                var end = i + 1;
                if (!isLast && i - first + 1 >= MaxTokens && !EndsSentenceAfter(text, tokens, i))
                {
                    end = LastClauseBreak(tokens, first, end);
                    i = end - 1;
                }

                sentences.Add(new Sentence(sentences.Count, tokens[first].Start, tokens[end - 1].End, first, end));
                first = end;
            }
        }

        return sentences;
    }

    private static bool EndsSentenceAfter(string text, IReadOnlyList<Token> tokens, int i)
    {
        var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
        if (next is null)
        {
            return true;
        }

        if (HasLineBreak(text, tokens[i].End, next.Start) || next.AfterGlue)
        {
            return true;
        }

        var token = tokens[i];
        if (IsClosing(token) && i > 0 && IsTerminal(tokens[i - 1]))
        {
            return !IsClosing(next) && OpensSentence(next);
        }

        if (IsTerminal(token))
        {
            if (IsClosing(next))
            {
                return false;
            }

            return token.Norm == "." ? PeriodEndsSentence(tokens, i, next) : OpensSentence(next);
        }

        if (token.Norm.Length > 1 && token.Norm[^1] == '.' && token.IsWord)
        {
            // A dotted abbreviation ("U.S.") ends a sentence only before a typical sentence opener.
            return next.IsCapitalized && Abbreviations.IsSentenceStarter(next.Norm);
        }

        return false;
    }

    private static bool PeriodEndsSentence(IReadOnlyList<Token> tokens, int i, Token next)
    {
        if (!OpensSentence(next))
        {
            return false;
        }

        if (i == 0)
        {
            return true;
        }

        var previous = tokens[i - 1];
        if (previous.End != tokens[i].Start)
        {
            return true;
        }

        if (previous.IsWord && previous.Text.Length == 1 && char.IsUpper(previous.Text[0]))
        {
            return false;
        }

        if (Abbreviations.AlwaysContinues(previous.Norm))
        {
            return false;
        }

        if (Abbreviations.IsAbbreviation(previous.Norm))
        {
            return next.Kind != TokenKind.Number && Abbreviations.IsSentenceStarter(next.Norm);
        }

        return true;
    }

    private static bool OpensSentence(Token next) =>
        next.IsCapitalized || next.Kind == TokenKind.Number || next.Norm is "\"" or "'" or "(" or "[" or "-";

    private static bool IsTerminal(Token token) => token.Norm is "." or "!" or "?" or "..." or "?!" or "!?";

    private static bool IsClosing(Token token) => token.Norm is "\"" or "'" or ")" or "]" or "}";

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    private static int LastClauseBreak(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var k = end - 1; k > first + MaxTokens / 2; k--)
        {
            if (tokens[k].Norm is ";" or ":" or ",")
            {
                return k + 1;
            }
        }

        return end;
    }
}
