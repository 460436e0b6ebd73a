using FactEngine.Syntax.Ast;
using Sprache;

namespace FactEngine.Syntax.Parsing;

internal static partial class RuleGrammar
{
    /// <summary>The words that open a top-level statement.</summary>
    internal static readonly string[] StatementKeywords = ["import", "lexicon", "pattern", "mention", "claim", "cue", "rule", "check"];

    private static Parser<StatementSyntax> Import => field ??=
        from offset in Offset
        from keyword in Keyword("import")
        from pathOffset in Offset
        from path in String
        from semicolon in Sym(';')
        select (StatementSyntax)new ImportSyntax(offset, path, pathOffset);

    private static Parser<StatementSyntax> PatternDefinition => field ??=
        NamedPattern("pattern", (offset, name, body) => new PatternSyntax(offset, name, body));

    private static Parser<StatementSyntax> MentionDefinition => field ??=
        NamedPattern("mention", (offset, name, body) => new MentionSyntax(offset, name, body));

    /// <summary><c>keyword Name = pattern;</c></summary>
    private static Parser<StatementSyntax> NamedPattern(string keyword, Func<int, string, PatternNode, StatementSyntax> create) =>
        from offset in Offset
        from word in Keyword(keyword)
        from name in Name
        from eq in Sym('=')
        from body in Pattern
        from semicolon in Sym(';')
        select create(offset, name, body);

    private static Parser<RoleSyntax> Role => field ??=
        from offset in Offset
        from name in Name
        from colon in Sym(':')
        from typeOffset in Offset
        from type in RawName
        from cardinality in Parse.Chars("?*+").Once().Text().Optional()
        from trivia in Trivia
        select new RoleSyntax(offset, name, type, typeOffset, cardinality.GetOrElse(""));

    private static Parser<StatementSyntax> ClaimSchema => field ??=
        from offset in Offset
        from keyword in Keyword("claim")
        from name in Name
        from open in Sym('(')
        from roles in Role.XDelimitedBy(Sym(','))
        from close in Sym(')')
        from semicolon in Sym(';')
        select (StatementSyntax)new ClaimSchemaSyntax(offset, name, [.. roles]);

    private static Parser<string> CueDirection => field ??=
        Keyword("before").Or(Keyword("after")).Or(Keyword("around")).Named("'before', 'after' or 'around'");

    /// <summary><c>cue negative within 4 before trigger stop at @ClauseBreak = @NegationCue;</c></summary>
    private static Parser<StatementSyntax> Cue => field ??=
        from offset in Offset
        from keyword in Keyword("cue")
        from value in Name
        from window in Keyword("within").Then(_ => Integer).XOptional()
        from direction in CueDirection
        from trigger in Keyword("trigger")
        from stop in Keyword("stop").Then(_ => Keyword("at")).Then(_ => Reference).XOptional()
        from eq in Sym('=')
        from pattern in Pattern
        from semicolon in Sym(';')
        select (StatementSyntax)new CueSyntax(offset, value, pattern, window.GetOrElse(6), direction, stop.GetOrDefault());

    /// <summary>One statement, from its keyword to the end of its chunk.</summary>
    internal static Parser<StatementSyntax> Statement => field ??=
        Import.Or(Lexicon).Or(PatternDefinition).Or(MentionDefinition).Or(ClaimSchema).Or(Cue).Or(Rule).Or(Check)
            .Named("statement (import, lexicon, pattern, mention, claim, cue, rule or check)");

    internal static Parser<StatementSyntax> WholeStatement => field ??=
        from statement in Statement
        from end in Parse.AnyChar.Not().Named("end of statement")
        select statement;
}
