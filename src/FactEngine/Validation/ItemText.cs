namespace FactEngine.Validation;

/// <summary>Compares item phrases: by head word, or by containment once normalised.</summary>
internal static class ItemText
{
    private static readonly HashSet<string> HeadStops = new(StringComparer.Ordinal)
    {
        "of", "to", "for", "from", "with", "in", "on", "at", "that", "which", "who", "into", "by", "and", "or", "as", "worth",
    };

    public static bool Agree(string a, string b)
    {
        var (x, y) = (Normalize(a), Normalize(b));
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        return x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal) || Head(x) == Head(y);
    }

    /// <summary>Lower case, letters and digits only (apostrophes dropped, other punctuation a space), single spaces.</summary>
    public static string Normalize(string text)
    {
        var chars = text.ToLowerInvariant()
            .Where(c => c is not ('\'' or '\u2019'))
            .Select(c => char.IsLetterOrDigit(c) ? c : ' ')
            .ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The head word: the last word before the first preposition or conjunction, singularised.</summary>
    public static string Head(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words.TakeWhile(w => !HeadStops.Contains(w)).LastOrDefault() ?? words.FirstOrDefault() ?? "";
        return head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) ? head[..^1] : head;
    }
}
