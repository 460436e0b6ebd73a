namespace FactEngine.Numbers;

/// <summary>English number words: cardinals ("twenty") and ordinals ("twenty-first") with their values.</summary>
internal static class NumberWords
{
    public static readonly IReadOnlyDictionary<string, int> Units = Table(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");

    public static readonly IReadOnlyDictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    public static readonly IReadOnlyDictionary<string, int> OrdinalUnits = Table(
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth");

    public static readonly IReadOnlyDictionary<string, int> OrdinalTens = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["twentieth"] = 20,
        ["thirtieth"] = 30,
        ["fortieth"] = 40,
        ["fiftieth"] = 50,
    };

    /// <summary>Every word that can begin a spelled-out number.</summary>
    public static IEnumerable<string> All =>
        Units.Keys.Concat(Tens.Keys).Concat(OrdinalUnits.Keys).Concat(OrdinalTens.Keys);

    private static Dictionary<string, int> Table(params string[] words)
    {
        var table = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < words.Length; i++)
        {
            table[words[i]] = i + 1;
        }

        return table;
    }
}
