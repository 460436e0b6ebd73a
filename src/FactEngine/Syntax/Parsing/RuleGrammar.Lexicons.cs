using FactEngine.Syntax.Ast;
using Sprache;

namespace FactEngine.Syntax.Parsing;

internal static partial class RuleGrammar
{
    private static Parser<PhraseSyntax> Phrase => field ??=
        from offset in Offset
        from phrase in ExactString.Select(s => (Text: s, Exact: true))
            .Or(String.Select(s => (Text: s, Exact: false)))
            .Or(BareWordText.Tok().Select(s => (Text: s, Exact: false)))
            .Named("phrase")
        select new PhraseSyntax(offset, phrase.Text, phrase.Exact);

    private static Parser<LexiconEntrySyntax> LexiconEntry => field ??=
        from offset in Offset
        from canonical in Phrase
        from attributes in Filters.Tok().XOptional()
        from aliases in Sym(':').Then(_ => Phrase.XDelimitedBy(Sym(','))).XOptional()
        from semicolon in Sym(';')
        select new LexiconEntrySyntax(
            offset,
            canonical,
            attributes.IsDefined ? [.. attributes.Get()] : [],
            aliases.IsDefined ? [.. aliases.Get()] : []);

    private static Parser<(bool Exact, string? File, int FileOffset, IEnumerable<LexiconEntrySyntax> Entries)> LexiconBody => field ??=
        (from fromKeyword in Keyword("from")
         from fileOffset in Offset
         from file in String
         from semicolon in Sym(';')
         select (false, (string?)file, fileOffset, Enumerable.Empty<LexiconEntrySyntax>()))
        .Or(from open in Sym('{')
            from entries in LexiconEntry.XMany()
            from close in Sym('}')
            select (false, (string?)null, 0, entries));

    private static Parser<StatementSyntax> Lexicon => field ??=
        from offset in Offset
        from keyword in Keyword("lexicon")
        from name in Name
        from type in Keyword("as").Then(_ => Name).XOptional()
        from exact in Keyword("exact").XOptional()
        from body in LexiconBody
        select (StatementSyntax)new LexiconSyntax(
            offset, name, type.GetOrDefault(), exact.IsDefined, body.File, body.FileOffset, [.. body.Entries]);
}
