using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Lint;

/// <summary>
/// A rule whose pattern is written exactly like an earlier rule's, which wins every conflict between them (higher
/// priority, or equal priority and written first): both match the same spans, so the shadowed rule never yields.
/// </summary>
internal static class ShadowedRules
{
    public static void Check(List<(StatementSyntax Statement, SourceText Source)> statements, List<Diagnostic> diagnostics)
    {
        var rules = statements
            .Where(s => s.Statement is RuleSyntax { Match: not null })
            .Select((s, order) => (Rule: (RuleSyntax)s.Statement, s.Source, Order: order, Pattern: PatternPrinter.Print(((RuleSyntax)s.Statement).Match!)))
            .ToList();
        foreach (var rule in rules)
        {
            var winner = rules
                .Where(other => other.Order != rule.Order && other.Pattern == rule.Pattern)
                .Where(other => Priority(other.Rule) > Priority(rule.Rule) || (Priority(other.Rule) == Priority(rule.Rule) && other.Order < rule.Order))
                .OrderByDescending(other => Priority(other.Rule))
                .ThenBy(other => other.Order)
                .Select(other => other.Rule)
                .FirstOrDefault();
            if (winner is not null)
            {
                diagnostics.Add(Diagnostic.At(rule.Source, rule.Rule.Offset + "rule ".Length, DiagnosticCodes.ShadowedRule,
                    $"rule '{rule.Rule.Id}' never yields a claim: rule '{winner.Id}' has the same pattern and wins every conflict "
                    + $"({(Priority(winner) > Priority(rule.Rule) ? $"priority {Priority(winner)} against {Priority(rule.Rule)}" : "same priority, written first")})",
                    DiagnosticSeverity.Warning));
            }
        }
    }

    private static int Priority(RuleSyntax rule) => rule.Priority ?? 0;
}
