using Sprache;

namespace FactEngine.Syntax.Parsing;

/// <summary>
/// The rule language grammar, as small named Sprache parsers (split by topic over partial files).
/// Whitespace and comments are skipped after each token, never before, so that a parser that fails
/// without consuming input leaves the position untouched and errors point at the real failure.
/// </summary>
internal static partial class RuleGrammar
{
    /// <summary>The current offset, for positioning nodes.</summary>
    private static Parser<int> Offset => field ??= i => Result.Success(i.Position, i);

    private static Parser<string> Comment => field ??=
        from hash in Parse.Char('#')
        from rest in Parse.CharExcept('\n').Many().Text()
        select rest;

    /// <summary>Whitespace and comments.</summary>
    internal static Parser<IEnumerable<string>> Trivia => field ??=
        Parse.WhiteSpace.AtLeastOnce().Text().Or(Comment).Many();

    private static Parser<T> Tok<T>(this Parser<T> parser) =>
        from value in parser
        from trivia in Trivia
        select value;

    private static Parser<char> Sym(char c) => Parse.Char(c).Named($"'{c}'").Tok();

    private static Parser<string> Sym(string s) => Parse.String(s).Text().Named($"'{s}'").Tok();

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>A name: letters, digits and underscores, not starting with a digit.</summary>
    private static Parser<string> RawName => field ??=
        Parse.Identifier(Parse.Letter.Or(Parse.Char('_')), Parse.Char(IsIdentifierChar, "name character")).Named("name");

    private static Parser<string> Name => field ??= RawName.Tok();

    /// <summary>A rule id may also hold dots and hyphens: <c>handover.hand-over</c>.</summary>
    private static Parser<string> RuleId => field ??=
        Parse.Identifier(Parse.Letter.Or(Parse.Char('_')), Parse.Char(c => IsIdentifierChar(c) || c is '.' or '-', "rule id character"))
            .Named("rule id").Tok();

    private static Parser<string> Keyword(string word) =>
        Parse.String(word).Text()
            .Then(w => Parse.Char(IsIdentifierChar, "name character").Not().Return(w))
            .Named($"'{word}'")
            .Tok();

    private static Parser<int> Integer => field ??=
        Parse.Digit.AtLeastOnce().Text().Select(int.Parse).Named("number").Tok();

    private static Parser<string> Quoted(char quote) =>
        from open in Parse.Char(quote)
        from chars in Parse.Char('\\').Then(_ => Parse.AnyChar)
            .Or(Parse.Char(c => c != quote && c != '\\' && c != '\n', "string character"))
            .Many().Text()
        from close in Parse.Char(quote).Named($"closing {quote}")
        select chars;

    /// <summary>A double-quoted string (case-insensitive where it is matched).</summary>
    private static Parser<string> String => field ??= Quoted('"').Named("string").Tok();

    /// <summary>A single-quoted string (matched with its exact case).</summary>
    private static Parser<string> ExactString => field ??= Quoted('\'').Named("exact string").Tok();

    private static Parser<DateOnly> DateLiteral => field ??=
        from text in Parse.Regex(@"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", "date YYYY-MM-DD").Tok()
        from date in DateOnly.TryParseExact(text, "yyyy-MM-dd", out var parsed)
            ? Parse.Return(parsed)
            : (Parser<DateOnly>)(i => Result.Failure<DateOnly>(i, $"invalid date {text}", ["date YYYY-MM-DD"]))
        select date;
}
