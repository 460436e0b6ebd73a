using System.Collections.Concurrent;
using FactEngine.Numbers;
using Sprache;

namespace FactEngine.Dates;

/// <summary>The building blocks every other part of the grammar is made of: spacing and words.</summary>
internal static partial class DateGrammar
{
    private static readonly ConcurrentDictionary<string, Parser<string>> WordParsers = new();

    private static readonly ConcurrentDictionary<string, Parser<string>> OptionalParsers = new();

    private static readonly ConcurrentDictionary<(int, int, int, int), Parser<int>> NumberParsers = new();

    private static Parser<string> Space => field ??= ScanningParsers.Run(char.IsWhiteSpace, 1, "a space").Memoized();

    private static Parser<string> Gap => field ??= ScanningParsers.Run(char.IsWhiteSpace, 0, "spacing").Memoized();

    /// <summary>Spacing with an optional comma: "December 17, 2021" or "December 17 2021".</summary>
    private static Parser<string> CommaGap => field ??=
        from before in Gap
        from comma in QuietParsers.Char(',').Optional()
        from after in Gap
        select " ";

    /// <summary>A dash or "to"/"through"/"until" between the two ends of a range.</summary>
    private static Parser<string> RangeJoiner => field ??=
        (from before in Gap
         from dash in QuietParsers.Char('-').AtLeastOnce()
         from after in Gap
         select "-")
        .Or(from before in Space
            from word in Word("to", "through", "thru", "till", "until")
            from after in Space
            select word);

    /// <summary>One of the given words, case-insensitive, as a whole word. Built once per list: query expressions
    /// call this on every parse.</summary>
    private static Parser<string> Word(params string[] words) =>
        WordParsers.GetOrAdd(string.Join('|', words), static (_, list) =>
        {
            var set = new HashSet<string>(list, StringComparer.OrdinalIgnoreCase);
            return NumberGrammar.Letters.Keep(set.Contains, list[0]);
        }, words);

    /// <summary>A word from a table, read as its value.</summary>
    private static Parser<T> Lookup<T>(IReadOnlyDictionary<string, T> table) =>
        NumberGrammar.Letters.Keep(table.ContainsKey, "a date word").Select(w => table[w]);

    /// <summary>The parser, then spacing: for words that must be followed by more.</summary>
    private static Parser<T> FollowedBy<T>(this Parser<T> parser, Parser<string> spacing) =>
        from value in parser
        from gap in spacing
        select value;

    /// <summary>An optional leading word followed by spacing ("the", "of").</summary>
    private static Parser<string> Optional(params string[] words) =>
        OptionalParsers.GetOrAdd(string.Join('|', words), static (_, list) =>
            Word(list).FollowedBy(Space).Optional().Select(o => o.GetOrElse(string.Empty)), words);

    private static Parser<string> The => field ??= Optional("the");

    /// <summary>A number not followed by a letter or another digit, so "3pm" and "12345" are not days.</summary>
    private static Parser<int> Number(int minDigits, int maxDigits, int min, int max) =>
        NumberParsers.GetOrAdd((minDigits, maxDigits, min, max), static key => BuildNumber(key.Item1, key.Item2, key.Item3, key.Item4));

    private static Parser<int> BuildNumber(int minDigits, int maxDigits, int min, int max) =>
        from digits in NumberGrammar.Digits.Where(d => d.Length >= minDigits && d.Length <= maxDigits)
        let value = int.Parse(digits)
        where value >= min && value <= max
        select value;

    private static Parser<object> NoLetterOrDigit => field ??= QuietParsers.LetterOrDigit.Not();
}
