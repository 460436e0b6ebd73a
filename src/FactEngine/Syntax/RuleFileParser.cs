using FactEngine.Syntax.Ast;
using FactEngine.Syntax.Parsing;
using Sprache;

namespace FactEngine.Syntax;

/// <summary>
/// Parses a rule file into its syntax tree, collecting every syntax error instead of stopping at the first.
/// The file is cut into statements first — a statement starts on a line whose first word is a statement
/// keyword (import, lexicon, pattern, mention, claim, cue, rule, check) — and each is parsed on its own, so that a
/// broken statement costs one error and the rest of the file is still read.
/// </summary>
public static class RuleFileParser
{
    public static (RuleFileSyntax File, IReadOnlyList<Diagnostic> Diagnostics) Parse(SourceText source)
    {
        var statements = new List<StatementSyntax>();
        var broken = new List<string>();
        var diagnostics = new List<Diagnostic>();
        var chunks = StatementChunker.Chunk(source.Text);
        foreach (var (start, end) in chunks)
        {
            var trimmedEnd = StatementChunker.EndWithoutTrivia(source.Text, start, end);
            if (!StatementChunker.StartsWithKeyword(source.Text, start))
            {
                if (trimmedEnd > start)
                {
                    diagnostics.Add(Diagnostic.At(source, start, DiagnosticCodes.Syntax,
                        $"unexpected {StatementChunker.Describe(source.Text, start, trimmedEnd)}; expected a statement (import, lexicon, pattern, mention, claim, cue, rule or check)"));
                }

                continue;
            }

            var result = RuleGrammar.WholeStatement(new SourceInput(source.Text, start, end));
            if (result.WasSuccessful)
            {
                statements.Add(result.Value);
                continue;
            }

            if (StatementChunker.DefinedName(source.Text, start, end) is { } name)
            {
                broken.Add(name);
            }

            var position = Math.Min(result.Remainder.Position, trimmedEnd);
            diagnostics.Add(Diagnostic.At(source, position, DiagnosticCodes.Syntax,
                SyntaxErrorMessage(source.Text, position, trimmedEnd, result.Expectations)));
        }

        return (new RuleFileSyntax(source, statements) { BrokenNames = broken }, diagnostics);
    }

    private static string SyntaxErrorMessage(string text, int position, int end, IEnumerable<string> expectations)
    {
        var unexpected = position >= end ? "end of statement" : StatementChunker.Describe(text, position, end);
        var expected = expectations.Distinct().ToList();
        return expected.Count switch
        {
            0 => $"unexpected {unexpected}",
            1 => $"unexpected {unexpected}; expected {expected[0]}",
            _ => $"unexpected {unexpected}; expected {string.Join(", ", expected.Take(expected.Count - 1))} or {expected[^1]}",
        };
    }
}
