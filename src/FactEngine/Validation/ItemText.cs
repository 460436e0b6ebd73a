using FactEngine.Claims;

namespace FactEngine.Validation;

/// <summary>Compares item phrases: by head word, or by containment of whole words once normalised; phrases that
/// state different amounts never agree.</summary>
internal static class ItemText
{
    public static bool Agree(string a, string b)
    {
        var (x, y) = (Normalize(a), Normalize(b));
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (Amounts(a) is { Count: > 0 } m && Amounts(b) is { Count: > 0 } n && !m.Overlaps(n))
        {
            return false;
        }

        return ContainsWords(x, y) || ContainsWords(y, x) || Head(x) == Head(y);
    }

    /// <summary>The numbers a phrase states: two items with different amounts ("$2 billion", "$40 billion") differ.</summary>
    private static HashSet<string> Amounts(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\d[\d,.]*\d|\d").Select(m => m.Value.Replace(",", "", StringComparison.Ordinal))];

    /// <summary>Whether the words of <paramref name="inner"/> occur together in <paramref name="outer"/> ("it" is not in "military").</summary>
    private static bool ContainsWords(string outer, string inner) =>
        $" {outer} ".Contains($" {inner} ", StringComparison.Ordinal);

    /// <summary>Lower case, letters and digits only (apostrophes dropped, other punctuation a space), single spaces.</summary>
    public static string Normalize(string text)
    {
        var chars = text.ToLowerInvariant()
            .Where(c => c is not ('\'' or '\u2019'))
            .Select(c => char.IsLetterOrDigit(c) ? c : ' ')
            .ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The head word (<see cref="PhraseHead"/>) of a normalised phrase, singularised.</summary>
    public static string Head(string normalized)
    {
        var head = PhraseHead.Of(normalized)?.ToLowerInvariant() ?? "";
        return head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) ? head[..^1] : head;
    }
}
