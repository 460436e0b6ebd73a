using FactEngine.Compilation.Binding;
using FactEngine.Compilation.Lint;
using FactEngine.Compilation.Loading;
using FactEngine.Syntax;

namespace FactEngine.Compilation;

/// <summary>The result of compiling a rule set: the rule set when there were no errors, and every diagnostic.</summary>
public sealed record RuleSetCompilation(CompiledRuleSet? RuleSet, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => RuleSet is not null;

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
}

/// <summary>Compiles a rules folder (or one rules file and its imports) into a matcher-ready rule set.</summary>
public static class RuleSetCompiler
{
    /// <param name="rulesPath">A rules folder or one rules file.</param>
    /// <param name="lint">Also report warnings (FE02xx) when the rules compile: unused definitions, shadowed rules,
    /// patterns that can match nothing, rules without examples.</param>
    public static RuleSetCompilation Compile(string rulesPath, bool lint = false)
    {
        var (files, loadDiagnostics) = RuleSetLoader.Load(rulesPath);
        var diagnostics = new List<Diagnostic>(loadDiagnostics);
        var root = File.Exists(rulesPath) ? Path.GetDirectoryName(Path.GetFullPath(rulesPath))! : Path.GetFullPath(rulesPath);
        if (files.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.FileNotFound,
                $"no .rules files in '{rulesPath}'", rulesPath, 1, 1));
        }

        var ruleSet = RuleSetBinder.Bind(files, root, diagnostics);
        if (lint && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.AddRange(RuleSetLinter.Lint(files));
        }

        var ordered = diagnostics
            .DistinctBy(d => (d.Path, d.Line, d.Column, d.Code, d.Message))
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ToList();
        return new RuleSetCompilation(ordered.Any(d => d.IsError) ? null : ruleSet, ordered);
    }
}
