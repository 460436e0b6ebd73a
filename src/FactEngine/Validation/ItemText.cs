namespace FactEngine.Validation;

/// <summary>Compares item phrases: by head word, or by containment of whole words once normalised.</summary>
internal static class ItemText
{
    private static readonly HashSet<string> HeadStops = new(StringComparer.Ordinal)
    {
        "of", "to", "for", "from", "with", "in", "on", "at", "that", "which", "who", "into", "by", "and", "or", "as", "worth",
    };

    /// <summary>Words that measure an item rather than name it: the head of "250,000 tonnes of wheat" is wheat.</summary>
    private static readonly HashSet<string> MeasureWords = new(StringComparer.Ordinal)
    {
        "tonnes", "tonne", "tons", "ton", "barrels", "barrel", "units", "unit", "pieces", "piece", "batch", "batches",
        "lot", "lots", "quantities", "quantity", "amount", "amounts", "number", "numbers", "shipment", "shipments",
        "cargo", "cargoes", "package", "packages", "supply", "supplies", "consignment", "consignments", "kind", "kinds",
        "type", "types", "set", "sets", "part", "parts", "million", "billion", "thousands", "hundreds", "dozens",
    };

    public static bool Agree(string a, string b)
    {
        var (x, y) = (Normalize(a), Normalize(b));
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        return ContainsWords(x, y) || ContainsWords(y, x) || Head(x) == Head(y);
    }

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

    /// <summary>
    /// The head word: the last word before the first preposition or conjunction — past a measure word and its
    /// "of" ("tonnes of soft wheat" is wheat) — singularised.
    /// </summary>
    public static string Head(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.TakeWhile(w => !HeadStops.Contains(w)).ToList();
        var head = first.LastOrDefault() ?? words.FirstOrDefault() ?? "";
        if (MeasureWords.Contains(head) && first.Count + 1 < words.Length && words[first.Count] == "of")
        {
            return Head(string.Join(' ', words.Skip(first.Count + 1)));
        }

        return head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) ? head[..^1] : head;
    }
}
