using FactEngine.Syntax.Ast;
using Sprache;

namespace FactEngine.Syntax.Parsing;

internal static partial class RuleGrammar
{
    private abstract record RuleItem(int Offset, string Kind);

    private sealed record PriorityItem(int Offset, int Value) : RuleItem(Offset, "priority");

    private sealed record MatchItem(int Offset, PatternNode Pattern) : RuleItem(Offset, "match");

    private sealed record EmitItem(int Offset, EmitSyntax Emit) : RuleItem(Offset, "emit");

    private sealed record ExampleItem(int Offset, ExampleSyntax Example) : RuleItem(Offset, "example");

    private static Parser<RuleItem> PriorityClause => field ??=
        from offset in Offset
        from keyword in Keyword("priority")
        from sign in Parse.Char('-').Optional()
        from value in Integer
        from semicolon in Sym(';')
        select (RuleItem)new PriorityItem(offset, sign.IsDefined ? -value : value);

    private static Parser<RuleItem> MatchClause => field ??=
        from offset in Offset
        from keyword in Keyword("match")
        from pattern in Pattern
        from semicolon in Sym(';')
        select (RuleItem)new MatchItem(offset, pattern);

    private static Parser<BindingSyntax> Binding => field ??=
        from offset in Offset
        from role in Name
        from eq in Sym('=')
        from nearest in Keyword("nearest").XOptional()
        from sourceOffset in Offset
        from source in nearest.IsDefined ? Parse.Char('@').Then(_ => Name) : Name
        select new BindingSyntax(offset, role, source, nearest.IsDefined, sourceOffset);

    private static Parser<IEnumerable<BindingSyntax>> Bindings => field ??=
        from open in Sym('(')
        from bindings in Binding.XDelimitedBy(Sym(',')).XOptional()
        from close in Sym(')')
        select bindings.GetOrElse([]);

    private static readonly string[] PolarityValues = ["positive", "negative"];
    private static readonly string[] ModalityValues = ["asserted", "future", "requested", "hypothetical"];

    private static Parser<string> Polarity => field ??=
        Keyword("positive").Or(Keyword("negative")).Named("polarity (positive or negative)");

    private static Parser<string> Modality => field ??=
        Keyword("asserted").Or(Keyword("future")).Or(Keyword("requested")).Or(Keyword("hypothetical"))
            .Named("modality (asserted, future, requested or hypothetical)");

    private static Parser<RuleItem> EmitClause => field ??=
        from offset in Offset
        from keyword in Keyword("emit")
        from claimType in Name
        from bindings in Bindings.XOptional()
        from polarity in Polarity.XOptional()
        from modality in Modality.XOptional()
        from each in EachClause.XOptional()
        from semicolon in Sym(';')
        select (RuleItem)new EmitItem(offset, new EmitSyntax(
            offset, claimType, [.. bindings.GetOrElse([])], polarity.GetOrDefault(), modality.GetOrDefault())
        {
            Each = each.IsDefined ? each.Get() : null,
        });

    /// <summary><c>each item</c>: one claim per conjunct of the role's capture.</summary>
    private static Parser<(string Role, int Offset)> EachClause => field ??=
        from keyword in Keyword("each")
        from offset in Offset
        from role in Name
        select (role, offset);

    private static Parser<string?> ExpectedValue => field ??=
        String.Select(s => (string?)s).Or(Keyword("null").Return((string?)null)).Named("quoted value or null");

    private static Parser<IReadOnlyList<string?>> ExpectedValues => field ??=
        (from open in Sym('[')
         from values in ExpectedValue.XDelimitedBy(Sym(',')).XOptional()
         from close in Sym(']')
         select (IReadOnlyList<string?>)[.. values.GetOrElse([])])
        .Or(ExpectedValue.Select(v => (IReadOnlyList<string?>)[v]));

    private sealed record ExpectedField(string Name, IReadOnlyList<string?> Values, string? Word);

    private static Parser<ExpectedField> ExpectedFieldParser => field ??=
        from name in Name
        from colon in Sym(':')
        from expected in name switch
        {
            "polarity" => Polarity.Select(p => new ExpectedField(name, [], p)),
            "modality" => Modality.Select(m => new ExpectedField(name, [], m)),
            _ => ExpectedValues.Select(v => new ExpectedField(name, v, null)),
        }
        select expected;

    private static Parser<ExpectedClaimSyntax?> ExpectedClaim => field ??=
        Keyword("nothing").Return((ExpectedClaimSyntax?)null)
            .Or(from claimType in Name
                from open in Sym('(')
                from fields in ExpectedFieldParser.XDelimitedBy(Sym(',')).XOptional()
                from close in Sym(')')
                select (ExpectedClaimSyntax?)ToExpectedClaim(claimType, fields.GetOrElse([])));

    private static ExpectedClaimSyntax ToExpectedClaim(string claimType, IEnumerable<ExpectedField> fields)
    {
        var list = fields.ToList();
        return new ExpectedClaimSyntax(
            claimType,
            [.. list.Where(f => f.Word is null).Select(f => (f.Name, f.Values))],
            list.FirstOrDefault(f => f.Name == "polarity")?.Word,
            list.FirstOrDefault(f => f.Name == "modality")?.Word);
    }

    private static Parser<RuleItem> ExampleClause => field ??=
        from offset in Offset
        from keyword in Keyword("example")
        from sentence in String
        from date in Keyword("on").Then(_ => DateLiteral).XOptional()
        from arrow in Sym("=>")
        from expected in ExpectedClaim
        from semicolon in Sym(';')
        select (RuleItem)new ExampleItem(offset, new ExampleSyntax(
            offset, sentence, date.IsDefined ? date.Get() : null, expected));

    private static Parser<RuleItem> RuleClause => field ??=
        PriorityClause.Or(MatchClause).Or(EmitClause).Or(ExampleClause)
            .Named("rule clause (priority, match, emit or example)");

    private static Parser<StatementSyntax> Rule => field ??=
        from offset in Offset
        from keyword in Keyword("rule")
        from id in RuleId
        from open in Sym('{')
        from items in RuleClause.XMany()
        from close in Sym('}')
        select (StatementSyntax)ToRule(offset, id, [.. items]);

    private static RuleSyntax ToRule(int offset, string id, IReadOnlyList<RuleItem> items)
    {
        var duplicates = items
            .GroupBy(i => i.Kind)
            .Where(g => g.Key != "example" && g.Count() > 1)
            .SelectMany(g => g.Skip(1))
            .Select(i => (i.Kind, i.Offset))
            .ToList();
        return new RuleSyntax(
            offset,
            id,
            items.OfType<PriorityItem>().FirstOrDefault()?.Value,
            items.OfType<MatchItem>().FirstOrDefault()?.Pattern,
            items.OfType<EmitItem>().FirstOrDefault()?.Emit,
            [.. items.OfType<ExampleItem>().Select(e => e.Example)],
            duplicates);
    }

    internal static bool IsPolarity(string word) => PolarityValues.Contains(word);

    internal static bool IsModality(string word) => ModalityValues.Contains(word);
}
