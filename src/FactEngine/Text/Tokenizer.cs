namespace FactEngine.Text;

/// <summary>
/// Splits text into tokens that keep their offsets into the original text. Abbreviations with periods
/// ("U.S.") stay whole, hyphenated words stay whole ("long-range", "F-16"), numbers keep their separators
/// ("1,000.5"), and the clitics "'s" and "n't" become tokens of their own ("Russia's" → "Russia", "'s").
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, TokenizerOptions? options = null) =>
        Tokenize(text, 0, text.Length, options ?? TokenizerOptions.Default);

    public static IReadOnlyList<Token> Tokenize(string text, int start, int end, TokenizerOptions options)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            var c = CharNormalizer.Normalize(text[i]);
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i, end, options, tokens);
                continue;
            }

            if (c == '\'' && CliticLength(text, i, end) is > 0 and var clitic)
            {
                tokens.Add(Make(text, i, i + clitic, TokenKind.Word));
                i += clitic;
                continue;
            }

            var j = i + 1;
            while (j < end && CharNormalizer.Normalize(text[j]) == c && c is '.' or '-')
            {
                j++;
            }

            var kind = c is '$' or '€' or '£' or '¥' or '%' or '+' or '=' or '&' or '@' or '#' or '№'
                ? TokenKind.Symbol
                : TokenKind.Punctuation;
            tokens.Add(Make(text, i, j, kind));
            i = j;
        }

        return tokens;
    }

    private static int ScanWord(string text, int start, int end, TokenizerOptions options, List<Token> tokens)
    {
        var abbreviationEnd = ScanDottedAbbreviation(text, start, end);
        if (abbreviationEnd > start)
        {
            tokens.Add(Make(text, start, abbreviationEnd, TokenKind.Word));
            return abbreviationEnd;
        }

        var i = start + 1;
        while (i < end)
        {
            var c = CharNormalizer.Normalize(text[i]);
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            var next = i + 1 < end ? CharNormalizer.Normalize(text[i + 1]) : '\0';
            var previous = CharNormalizer.Normalize(text[i - 1]);
            if (c == '-' && char.IsLetterOrDigit(next) && char.IsLetterOrDigit(previous) && !StartsTransferParticiple(text, i + 1, end))
            {
                i++;
                continue;
            }

            if (c is '.' or ',' && char.IsDigit(previous) && char.IsDigit(next) && IsNumberSoFar(text, start, i))
            {
                i++;
                continue;
            }

            if (c == '\'' && char.IsLetter(next) && !IsClitic(text, i, end))
            {
                i++;
                continue;
            }

            break;
        }

        var wordEnd = i;
        var nt = wordEnd - start >= 3 && IsNegativeClitic(text, wordEnd - 3, end) ? wordEnd - 3 : -1;
        if (nt < 0 && wordEnd < end && CharNormalizer.Normalize(text[wordEnd]) == '\'' && IsNegativeClitic(text, wordEnd - 1, end))
        {
            nt = wordEnd - 1;
        }

        if (nt > start)
        {
            AddWord(text, start, nt, options, tokens);
            tokens.Add(Make(text, nt, nt + 3, TokenKind.Word));
            return nt + 3;
        }

        AddWord(text, start, wordEnd, options, tokens);
        if (wordEnd < end && CliticLength(text, wordEnd, end) is > 0 and var length)
        {
            var cliticEnd = wordEnd + length;
            tokens.Add(Make(text, wordEnd, cliticEnd, TokenKind.Word));
            return cliticEnd;
        }

        return wordEnd;
    }

    /// <summary>Participles that name a transfer when hyphenated to their giver: "US-supplied", "British-donated".</summary>
    private static readonly string[] TransferParticiples = ["supplied", "donated", "provided", "delivered", "sent", "gifted", "transferred"];

    /// <summary>True when a transfer participle ends the word at <paramref name="at"/>: the hyphen before it splits.</summary>
    private static bool StartsTransferParticiple(string text, int at, int end)
    {
        foreach (var participle in TransferParticiples)
        {
            var stop = at + participle.Length;
            if (stop <= end && string.Compare(text, at, participle, 0, participle.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (stop == end || !char.IsLetterOrDigit(text[stop])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"U.S.", "U.K", "e.g." — single letters joined by periods.</summary>
    private static int ScanDottedAbbreviation(string text, int start, int end)
    {
        var j = start;
        var pairs = 0;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.'
               && (j == start || text[j - 1] == '.'))
        {
            j += 2;
            pairs++;
        }

        if (pairs >= 2)
        {
            return j;
        }

        if (pairs == 1 && j < end && char.IsLetter(text[j]) && (j + 1 >= end || !char.IsLetterOrDigit(text[j + 1])))
        {
            return j + 1;
        }

        return start;
    }

    private static bool IsNumberSoFar(string text, int start, int at)
    {
        for (var k = start; k < at; k++)
        {
            if (!char.IsDigit(text[k]) && text[k] is not '.' and not ',')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An apostrophe starting a clitic that ends the word: "'s" (possessive or "is"), "'ve", "'re", "'ll".</summary>
    private static bool IsClitic(string text, int at, int end) => CliticLength(text, at, end) > 0;

    private static int CliticLength(string text, int at, int end)
    {
        if (at + 1 >= end || CharNormalizer.Normalize(text[at]) != '\'')
        {
            return 0;
        }

        var first = char.ToLowerInvariant(text[at + 1]);
        var second = at + 2 < end ? char.ToLowerInvariant(text[at + 2]) : '\0';
        var length = first == 's' ? 2 : (first, second) is ('v', 'e') or ('r', 'e') or ('l', 'l') ? 3 : 0;
        return length > 0 && (at + length >= end || !char.IsLetterOrDigit(text[at + length])) ? length : 0;
    }

    /// <summary>"n't" at <paramref name="at"/>, ending the word.</summary>
    private static bool IsNegativeClitic(string text, int at, int end) =>
        at >= 0 && at + 2 < end
        && char.ToLowerInvariant(text[at]) == 'n'
        && CharNormalizer.Normalize(text[at + 1]) == '\''
        && char.ToLowerInvariant(text[at + 2]) == 't'
        && (at + 3 >= end || !char.IsLetterOrDigit(text[at + 3]));

    private static void AddWord(string text, int start, int end, TokenizerOptions options, List<Token> tokens)
    {
        var kind = char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word;
        if (!options.SplitGluedWords || kind == TokenKind.Number)
        {
            tokens.Add(Make(text, start, end, kind));
            return;
        }

        var pieceStart = start;
        var afterGlue = false;
        for (var k = start + 1; k < end; k++)
        {
            if (IsGlueBoundary(text, k, end))
            {
                tokens.Add(Make(text, pieceStart, k, TokenKind.Word) with { AfterGlue = afterGlue });
                pieceStart = k;
                afterGlue = true;
            }
        }

        tokens.Add(Make(text, pieceStart, end, kind) with { AfterGlue = afterGlue });
    }

    /// <summary>
    /// A boundary before <paramref name="k"/> in a glued word: "onesThe" (lower, then upper-lower) or
    /// "TASSThe" (upper run, then upper and two lower).
    /// </summary>
    private static bool IsGlueBoundary(string text, int k, int end)
    {
        if (!char.IsUpper(text[k]) || k + 1 >= end || !char.IsLower(text[k + 1]))
        {
            return false;
        }

        var previous = text[k - 1];
        if (char.IsLower(previous))
        {
            return true;
        }

        return char.IsUpper(previous) && k + 2 < end && char.IsLower(text[k + 2]);
    }

    private static Token Make(string text, int start, int end, TokenKind kind)
    {
        var raw = text.Substring(start, end - start);
        return new Token(start, end, raw, NormalizeKey(raw), kind);
    }

    /// <summary>The matching key of a word: typographic characters normalised, lower case.</summary>
    public static string NormalizeKey(string raw)
    {
        var normalized = CharNormalizer.Normalize(raw);
        return normalized.ToLowerInvariant();
    }
}
