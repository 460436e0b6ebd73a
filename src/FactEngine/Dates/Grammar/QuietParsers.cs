using System.Collections.Concurrent;
using Sprache;

namespace FactEngine.Dates;

/// <summary>Sprache's character parsers and its <c>Where</c> and <c>Not</c> filters, failing without formatting a
/// message: the grammar tries most alternatives at words where they fail, so failures must cost nothing. Being in
/// this namespace, <c>Where</c> and <c>Not</c> take precedence over Sprache's in the grammar's query expressions.</summary>
internal static class QuietParsers
{
    private static readonly string[] NoExpectations = [];

    public static Parser<char> Letter { get; } = Character(char.IsLetter, "a letter");

    public static Parser<char> Digit { get; } = Character(char.IsDigit, "a digit");

    public static Parser<char> LetterOrDigit { get; } = Character(char.IsLetterOrDigit, "a letter or digit");

    private static readonly ConcurrentDictionary<string, Parser<char>> CharParsers = new();

    /// <summary>The character <paramref name="expected"/>; built once, as query expressions ask for it on every parse.</summary>
    public static Parser<char> Char(char expected) => Chars(expected);

    /// <summary>Any of <paramref name="expected"/>; built once per set.</summary>
    public static Parser<char> Chars(params char[] expected) =>
        CharParsers.GetOrAdd(new string(expected), static set => Character(c => set.Contains(c, StringComparison.Ordinal), "a character"));

    /// <summary>The letter <paramref name="expected"/> in either case.</summary>
    public static Parser<char> IgnoreCase(char expected) =>
        Character(c => char.ToLowerInvariant(c) == char.ToLowerInvariant(expected), "a letter");

    /// <summary>One character matching <paramref name="accept"/>.</summary>
    public static Parser<char> Character(Func<char, bool> accept, string name) => input =>
        !input.AtEnd && accept(input.Current)
            ? Result.Success(input.Current, input.Advance())
            : Result.Failure<char>(input, name, NoExpectations);

    /// <summary>Sprache's <c>Where</c> without the message.</summary>
    public static Parser<T> Where<T>(this Parser<T> parser, Func<T, bool> predicate) => parser.Keep(predicate, "a condition");

    /// <summary>A look-ahead: the value of <paramref name="parser"/>, reading nothing; fails where it fails.</summary>
    public static Parser<T> Peek<T>(this Parser<T> parser) => input =>
        parser(input) is { WasSuccessful: true } result
            ? Result.Success(result.Value, input)
            : Result.Failure<T>(input, "not expected here", NoExpectations);

    /// <summary>Sprache's <c>Not</c>: succeeds, reading nothing, where <paramref name="parser"/> fails.</summary>
    public static Parser<object> Not<T>(this Parser<T> parser) => input =>
        parser(input).WasSuccessful
            ? Result.Failure<object>(input, "not expected here", NoExpectations)
            : Result.Success<object>(null!, input);
}
