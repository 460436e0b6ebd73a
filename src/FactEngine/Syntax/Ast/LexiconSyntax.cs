namespace FactEngine.Syntax.Ast;

/// <summary><c>lexicon Actor as actor { ... }</c> or <c>lexicon Actor as actor from "actors.tsv";</c></summary>
public sealed record LexiconSyntax(
    int Offset,
    string Name,
    string? ValueType,
    bool Exact,
    string? FromFile,
    int FromFileOffset,
    IReadOnlyList<LexiconEntrySyntax> Entries) : StatementSyntax(Offset);

/// <summary>An entry: a canonical id, attributes and aliases (the canonical itself is matched too).</summary>
public sealed record LexiconEntrySyntax(
    int Offset,
    PhraseSyntax Canonical,
    IReadOnlyList<AttributeFilter> Attributes,
    IReadOnlyList<PhraseSyntax> Aliases);

/// <summary>A phrase to match, case-insensitive unless written in single quotes.</summary>
public sealed record PhraseSyntax(int Offset, string Text, bool Exact);
