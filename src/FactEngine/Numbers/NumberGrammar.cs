using FactEngine.Dates;
using Sprache;

namespace FactEngine.Numbers;

/// <summary>Sprache parsers for small English numbers: "3", "twenty-four", "a", "21st", "twenty-first".</summary>
internal static class NumberGrammar
{
    /// <summary>A run of letters (a word), as written.</summary>
    public static readonly Parser<string> Letters = ScanningParsers.Run(char.IsLetter, 1, "a word").Memoized();

    /// <summary>A run of ASCII digits not followed by another digit.</summary>
    public static readonly Parser<string> Digits = ScanningParsers.Run(char.IsDigit, 1, "digits").Memoized();

    private static readonly Parser<char> Joiner = QuietParsers.Char('-').Or(QuietParsers.Char(' '));

    private static Parser<int> FromTable(IReadOnlyDictionary<string, int> table) =>
        Letters.Keep(table.ContainsKey, "a number word").Select(w => table[w]);

    private static readonly Parser<int> TensWithUnit =
        from tens in FromTable(NumberWords.Tens)
        from unit in Joiner.Then(_ => FromTable(NumberWords.Units)).Optional()
        select tens + unit.GetOrElse(0);

    /// <summary>A spelled-out cardinal from one to ninety-nine.</summary>
    public static readonly Parser<int> CardinalWord = TensWithUnit.Or(FromTable(NumberWords.Units));

    /// <summary>A cardinal written in digits (up to four) or in words.</summary>
    public static readonly Parser<int> Cardinal =
        Digits.Keep(d => d.Length <= 4, "digits").Select(int.Parse).Then(n => QuietParsers.Not(QuietParsers.Letter).Return(n))
            .Or(CardinalWord);

    /// <summary>"a" or "an" read as one ("a week ago").</summary>
    public static readonly Parser<int> Article =
        Letters.Keep(w => w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase), "an article")
            .Return(1);

    private static readonly Parser<string> OrdinalSuffix =
        Letters.Keep(s => s.ToLowerInvariant() is "st" or "nd" or "rd" or "th", "an ordinal suffix");

    private static readonly Parser<int> OrdinalWordTens =
        from tens in FromTable(NumberWords.Tens)
        from unit in Joiner.Then(_ => FromTable(NumberWords.OrdinalUnits))
        select tens + unit;

    /// <summary>An ordinal: "21st", "21", "twenty-first", "first", "thirtieth".</summary>
    public static readonly Parser<int> OrdinalWord =
        OrdinalWordTens.Or(FromTable(NumberWords.OrdinalUnits)).Or(FromTable(NumberWords.OrdinalTens));

    /// <summary>An ordinal in digits with its suffix ("21st").</summary>
    public static readonly Parser<int> OrdinalDigits =
        from digits in Digits.Keep(d => d.Length <= 2, "digits")
        from suffix in OrdinalSuffix
        select int.Parse(digits);
}
