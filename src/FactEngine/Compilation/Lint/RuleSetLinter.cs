using FactEngine.Compilation.Binding;
using FactEngine.Compilation.Loading;
using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Lint;

/// <summary>
/// Warnings on a rule set that compiles: things written but never used, rules that can never yield a claim,
/// patterns that can match nothing where that matters, rules without examples. Only what can be proved is reported.
/// </summary>
internal static class RuleSetLinter
{
    public static List<Diagnostic> Lint(IReadOnlyList<LoadedRuleFile> files)
    {
        var statements = files.SelectMany(f => f.Syntax.Statements.Select(s => (Statement: s, f.Syntax.Source))).ToList();
        var symbols = new SymbolTable(new MentionTypeTable());
        foreach (var (statement, _) in statements)
        {
            if (statement is PatternSyntax pattern)
            {
                symbols.AddPattern(pattern.Name, pattern.Body);
            }
        }

        var diagnostics = new List<Diagnostic>();
        UnusedDefinitions.Check(statements, diagnostics);
        EmptyMatches.Check(statements, symbols, diagnostics);
        ShadowedRules.Check(statements, diagnostics);
        foreach (var (statement, source) in statements)
        {
            if (statement is RuleSyntax { Examples.Count: 0 } rule)
            {
                diagnostics.Add(Diagnostic.At(source, rule.Offset + "rule ".Length, DiagnosticCodes.RuleWithoutExamples,
                    $"rule '{rule.Id}' has no example; add one (example \"...\" => ...) so 'factengine test' checks it", DiagnosticSeverity.Warning));
            }
        }

        return diagnostics;
    }
}
