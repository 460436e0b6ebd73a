namespace FactEngine.Syntax.Ast;

/// <summary>A node of a token pattern. <see cref="Offset"/> is its character offset in the rule file.</summary>
public abstract record PatternNode(int Offset);

/// <summary>One literal token: case-insensitive unless <see cref="Exact"/>.</summary>
public sealed record WordNode(int Offset, string Text, bool Exact) : PatternNode(Offset);

/// <summary>A sentence anchor: <c>^</c> (sentence start) or <c>$</c> (sentence end); consumes nothing.</summary>
public sealed record AnchorNode(int Offset, bool AtStart) : PatternNode(Offset);

/// <summary>A regular expression tested against one whole token.</summary>
public sealed record RegexNode(int Offset, string Pattern, bool CaseSensitive) : PatternNode(Offset);

/// <summary>A built-in token class: <c>&lt;cap&gt;</c>, <c>&lt;num&gt;</c>, <c>&lt;punct&gt;</c>, <c>&lt;word&gt;</c>, <c>[]</c>.</summary>
public sealed record TokenClassNode(int Offset, TokenClass Class) : PatternNode(Offset);

/// <summary>A reference to a lexicon, a mention type or a named pattern: <c>@Name</c>, <c>@Name[kind=state]</c>.</summary>
public sealed record ReferenceNode(int Offset, string Name, IReadOnlyList<AttributeFilter> Filters) : PatternNode(Offset);

/// <summary>Any inflected form of an English verb: <c>~give</c> matches give, gives, gave, given, giving.</summary>
public sealed record VerbFormsNode(int Offset, string Lemma) : PatternNode(Offset);

/// <summary>One token that the inner single-token pattern does not match: <c>!over</c>.</summary>
public sealed record NotNode(int Offset, PatternNode Inner) : PatternNode(Offset);

public sealed record SequenceNode(int Offset, IReadOnlyList<PatternNode> Items) : PatternNode(Offset);

public sealed record AlternationNode(int Offset, IReadOnlyList<PatternNode> Options) : PatternNode(Offset);

/// <summary>Repetition: <c>?</c>, <c>*</c>, <c>+</c>, <c>{m,n}</c>; lazy with a trailing <c>?</c>.</summary>
public sealed record RepeatNode(int Offset, PatternNode Inner, int Min, int? Max, bool Greedy) : PatternNode(Offset);

/// <summary>A named capture: <c>giver:@Actors</c>.</summary>
public sealed record CaptureNode(int Offset, string Name, PatternNode Inner) : PatternNode(Offset);

/// <summary>An attribute test on a lexicon reference: <c>kind=state</c>.</summary>
public sealed record AttributeFilter(string Key, string Value);

public enum TokenClass
{
    Any,
    Word,
    Capitalized,
    Number,
    Punctuation,
}
