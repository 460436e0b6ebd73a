using FactEngine.Compilation.Programs;
using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Lint;

/// <summary>
/// Patterns that can match the empty sequence where that is a mistake: a cue (it would fire with nothing before
/// the trigger) and a capture (its role would be bound to nothing). Rules and mention rules that can match nothing
/// are errors already (FE0017); a named pattern may be optional filler, so only its captured uses are reported.
/// </summary>
internal static class EmptyMatches
{
    public static void Check(List<(StatementSyntax Statement, SourceText Source)> statements, IPatternSymbols symbols, List<Diagnostic> diagnostics)
    {
        foreach (var (statement, source) in statements)
        {
            if (statement is CueSyntax cue && PatternAnalysis.IsNullable(cue.Pattern, symbols))
            {
                diagnostics.Add(Diagnostic.At(source, cue.Pattern.Offset, DiagnosticCodes.EmptyMatch,
                    $"the pattern of this {cue.Value} cue can match the empty sequence, so the cue can fire with no cue word", DiagnosticSeverity.Warning));
            }

            PatternNode? body = statement switch
            {
                RuleSyntax r => r.Match,
                MentionSyntax m => m.Body,
                PatternSyntax p => p.Body,
                _ => null,
            };
            if (body is null)
            {
                continue;
            }

            foreach (var capture in DirectCaptures(body).Where(c => PatternAnalysis.IsNullable(c.Inner, symbols)))
            {
                diagnostics.Add(Diagnostic.At(source, capture.Offset, DiagnosticCodes.EmptyMatch,
                    $"capture '{capture.Name}' can match the empty sequence; make its content required and the capture optional: ({capture.Name}:...)?",
                    DiagnosticSeverity.Warning));
            }
        }
    }

    /// <summary>The captures written in the statement itself (not inside named patterns, which are reported where they are written).</summary>
    private static IEnumerable<CaptureNode> DirectCaptures(PatternNode node)
    {
        var children = PatternAnalysis.Children(node);
        if (node is CaptureNode capture)
        {
            yield return capture;
        }

        foreach (var inner in children.SelectMany(DirectCaptures))
        {
            yield return inner;
        }
    }
}
