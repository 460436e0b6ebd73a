namespace FactEngine.Syntax.Ast;

/// <summary><c>rule id { priority N; match ...; emit ...; example ...; }</c></summary>
public sealed record RuleSyntax(
    int Offset,
    string Id,
    int? Priority,
    PatternNode? Match,
    EmitSyntax? Emit,
    IReadOnlyList<ExampleSyntax> Examples,
    IReadOnlyList<(string Item, int Offset)> Duplicates) : StatementSyntax(Offset);

/// <summary><c>emit handover(when = nearest @Date) negative future each item;</c></summary>
public sealed record EmitSyntax(
    int Offset,
    string ClaimType,
    IReadOnlyList<BindingSyntax> Bindings,
    string? Polarity,
    string? Modality)
{
    /// <summary>The phrase role split into one claim per conjunct (<c>each item</c>), with its offset.</summary>
    public (string Role, int Offset)? Each { get; init; }
}

/// <summary>A role binding: from a capture (<c>giver = giver</c>) or the nearest mention (<c>when = nearest @Date</c>).</summary>
public sealed record BindingSyntax(int Offset, string Role, string Source, bool Nearest, int SourceOffset);

/// <summary><c>example "sentence" on 2022-02-04 =&gt; handover(giver: ["United States", "NATO"], ...);</c></summary>
public sealed record ExampleSyntax(int Offset, string Sentence, DateOnly? Date, ExpectedClaimSyntax? Expected);

/// <summary>The claim an example must yield; null fields are not checked, except polarity and modality,
/// which default to positive and asserted.</summary>
public sealed record ExpectedClaimSyntax(
    string ClaimType,
    IReadOnlyList<(string Role, IReadOnlyList<string?> Values)> Roles,
    string? Polarity,
    string? Modality);

/// <summary>A parsed rule file. <see cref="BrokenNames"/> are the names of definitions that failed to parse:
/// what depends on them is not checked further, so one mistake gives one error.</summary>
public sealed record RuleFileSyntax(SourceText Source, IReadOnlyList<StatementSyntax> Statements)
{
    public IReadOnlyList<string> BrokenNames { get; init; } = [];
}
