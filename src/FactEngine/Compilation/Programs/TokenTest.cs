using System.Text.RegularExpressions;
using FactEngine.Syntax.Ast;
using FactEngine.Text;

namespace FactEngine.Compilation.Programs;

/// <summary>A test on one token. <see cref="Keys"/> are the matching keys that can pass, or null for any.</summary>
internal abstract record TokenTest(string Description)
{
    public abstract bool Passes(Token token);

    /// <summary>The lower-case keys a passing token has; null when the test is not a fixed word set.</summary>
    public virtual IReadOnlyCollection<string>? Keys => null;
}

internal sealed record WordSetTest(HashSet<string> Words, string Label) : TokenTest(Label)
{
    public override bool Passes(Token token) => Words.Contains(token.Norm);

    public override IReadOnlyCollection<string>? Keys => Words;
}

internal sealed record ExactWordTest(string Word) : TokenTest($"'{Word}'")
{
    public override bool Passes(Token token) => string.Equals(token.Cased, Word, StringComparison.Ordinal);

    public override IReadOnlyCollection<string>? Keys => [Word.ToLowerInvariant()];
}

internal sealed record RegexTest(Regex Regex) : TokenTest($"/{Regex}/")
{
    public override bool Passes(Token token) => Regex.IsMatch(token.Cased);
}

internal sealed record ClassTest(TokenClass Class) : TokenTest(ClassName(Class))
{
    public override bool Passes(Token token) => Class switch
    {
        TokenClass.Any => true,
        TokenClass.Word => token.Kind == TokenKind.Word,
        TokenClass.Capitalized => token.IsCapitalized,
        TokenClass.Number => token.Kind == TokenKind.Number,
        TokenClass.Punctuation => token.Kind is TokenKind.Punctuation or TokenKind.Symbol,
        _ => false,
    };

    private static string ClassName(TokenClass c) => c switch
    {
        TokenClass.Any => "any token",
        TokenClass.Word => "<word>",
        TokenClass.Capitalized => "<cap>",
        TokenClass.Number => "<num>",
        _ => "<punct>",
    };
}

internal sealed record NotTest(TokenTest Inner) : TokenTest($"not {Inner.Description}")
{
    public override bool Passes(Token token) => !Inner.Passes(token);
}
