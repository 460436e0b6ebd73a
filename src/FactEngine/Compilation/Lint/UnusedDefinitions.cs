using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Lint;

/// <summary>Lexicons, named patterns and mention rules that no pattern, cue, stop or binding refers to.</summary>
internal static class UnusedDefinitions
{
    public static void Check(List<(StatementSyntax Statement, SourceText Source)> statements, List<Diagnostic> diagnostics)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (statement, _) in statements)
        {
            foreach (var node in Patterns(statement))
            {
                CollectReferences(node, used);
            }

            if (statement is RuleSyntax { Emit: { } emit })
            {
                used.UnionWith(emit.Bindings.Where(b => b.Nearest).Select(b => b.Source));
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (statement, source) in statements)
        {
            var (name, kind, code) = statement switch
            {
                LexiconSyntax l => (l.Name, "lexicon", DiagnosticCodes.UnusedLexicon),
                PatternSyntax p => (p.Name, "pattern", DiagnosticCodes.UnusedPattern),
                MentionSyntax m => (m.Name, "mention", DiagnosticCodes.UnusedPattern),
                _ => (null, "", ""),
            };
            if (name is not null && !used.Contains(name) && reported.Add(name))
            {
                diagnostics.Add(Diagnostic.At(source, statement.Offset, code,
                    $"{kind} '{name}' is never used: no pattern, rule or cue refers to @{name}", DiagnosticSeverity.Warning));
            }
        }
    }

    private static IEnumerable<PatternNode> Patterns(StatementSyntax statement) => statement switch
    {
        PatternSyntax p => [p.Body],
        MentionSyntax m => [m.Body],
        RuleSyntax { Match: { } match } => [match],
        CueSyntax c => c.StopAt is null ? [c.Pattern] : [c.Pattern, c.StopAt],
        _ => [],
    };

    private static void CollectReferences(PatternNode node, HashSet<string> used)
    {
        switch (node)
        {
            case ReferenceNode r:
                used.Add(r.Name);
                break;
            case SequenceNode s:
                s.Items.ToList().ForEach(i => CollectReferences(i, used));
                break;
            case AlternationNode a:
                a.Options.ToList().ForEach(o => CollectReferences(o, used));
                break;
            case RepeatNode r:
                CollectReferences(r.Inner, used);
                break;
            case CaptureNode c:
                CollectReferences(c.Inner, used);
                break;
            case NotNode n:
                CollectReferences(n.Inner, used);
                break;
        }
    }
}
