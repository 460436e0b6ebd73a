namespace FactEngine.Claims;

/// <summary>
/// The head word of a noun phrase, the value of a <c>phrase</c> role: the last word before the first preposition,
/// conjunction or relative word, skipping bracketed asides, and looking past a measure or a sum and its
/// "of"/"in" ("250,000 tonnes of wheat" → wheat, "$156m in support" → support). The word keeps its spelling;
/// only a capital that merely starts the phrase is lowered ("Tanks and guns" → tanks, "17,000 Javelins" → Javelins).
/// </summary>
public static class PhraseHead
{
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "to", "for", "from", "with", "in", "on", "at", "that", "which", "who", "into", "by", "and", "or", "as",
        "worth", "including", "such", "like", "plus",
    };

    /// <summary>Words that measure or count an item rather than name it.</summary>
    private static readonly HashSet<string> MeasureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "tonnes", "tonne", "tons", "ton", "barrels", "barrel", "units", "unit", "pieces", "piece", "batch", "batches",
        "lot", "lots", "quantities", "quantity", "amount", "amounts", "number", "numbers", "shipment", "shipments",
        "cargo", "cargoes", "package", "packages", "supply", "supplies", "consignment", "consignments", "kind", "kinds",
        "type", "types", "set", "sets", "part", "parts", "million", "millions", "billion", "billions", "thousands",
        "hundreds", "dozens", "bn", "m", "worth", "cubic", "metres", "meters", "litres", "liters",
    };

    public static string? Of(string phrase)
    {
        var words = Words(phrase);
        return words.Count == 0 ? null : Display(words, HeadIndex(words, 0));
    }

    private static int HeadIndex(List<string> words, int from)
    {
        var stop = from;
        while (stop < words.Count && (!Stops.Contains(words[stop]) || JoinsModifiers(words, stop)))
        {
            stop++;
        }

        if (stop == from)
        {
            return from;
        }

        var head = stop - 1;
        var lookPast = stop + 1 < words.Count
                       && ((MeasureWords.Contains(words[head]) && words[stop].Equals("of", StringComparison.OrdinalIgnoreCase))
                           || (IsSum(words[head]) && (words[stop].Equals("in", StringComparison.OrdinalIgnoreCase)
                                                      || words[stop].Equals("of", StringComparison.OrdinalIgnoreCase))));
        return lookPast ? HeadIndex(words, stop + 1) : head;
    }

    /// <summary>"and"/"or" between two modifiers of one noun: "anti-tank and anti-aircraft missiles".</summary>
    private static bool JoinsModifiers(List<string> words, int index) =>
        words[index] is "and" or "or" && index > 0 && index + 1 < words.Count
        && PhraseConjuncts.IsModifier(words[index - 1].ToLowerInvariant(), char.IsUpper(words[index - 1][0]));

    /// <summary>A sum of money or a bare number: "$156m", "€2bn", "1.5", "billions".</summary>
    private static bool IsSum(string word) =>
        word.Length > 0 && (word[0] is '$' or '€' or '£' || char.IsDigit(word[0]) || MeasureWords.Contains(word));

    private static string Display(List<string> words, int index)
    {
        var word = words[index];
        var onlyFirstCapital = char.IsUpper(word[0]) && !word.Skip(1).Any(char.IsUpper);
        return index == 0 && onlyFirstCapital ? word.ToLowerInvariant() : word;
    }

    /// <summary>The words of the phrase, without bracketed asides and the punctuation around each word.</summary>
    private static List<string> Words(string phrase)
    {
        var words = new List<string>();
        var depth = 0;
        foreach (var raw in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var opens = raw.Count(c => c is '(' or '[');
            var closes = raw.Count(c => c is ')' or ']');
            var inside = depth > 0 || (opens > 0 && raw[0] is '(' or '[');
            depth = Math.Max(0, depth + opens - closes);
            if (inside)
            {
                continue;
            }

            var word = raw.Trim('"', '“', '”', '‘', '’', '\'', ',', ';', ':', '.', '!', '?', '(', ')', '[', ']');
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }
}
