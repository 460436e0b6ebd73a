using System.CommandLine;
using FactEngine.Authoring;
using FactEngine.Compilation;
using FactEngine.Syntax;

namespace FactEngine.Cli.Commands;

/// <summary><c>factengine check [--rules DIR]</c>: compile the rules, run their examples, print every diagnostic.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var rules = CommonOptions.Rules();
        var command = new Command("check", "Compile the rules, lint them and run their examples; print every diagnostic (exit 0 no errors, 1 errors; warnings do not count)")
        {
            rules,
        };
        command.SetAction(parse => Run(RulesLocator.Locate(parse.GetValue(rules))));
        return command;
    }

    private static int Run(string rulesPath)
    {
        var compilation = RuleSetCompiler.Compile(rulesPath, lint: true);
        var diagnostics = compilation.Diagnostics.ToList();
        if (compilation.RuleSet is { } ruleSet)
        {
            foreach (var failure in ExampleRunner.Run(ruleSet).Where(r => !r.Passed))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.ExampleFailed,
                    $"example of rule '{failure.Rule.Id}' fails: {failure.Message}", failure.Rule.File, failure.Line, failure.Column));
            }
        }

        DiagnosticPrinter.Print(diagnostics, Console.Out);
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        Console.Out.WriteLine($"{rulesPath}: {errors} error(s), {warnings} warning(s){(compilation.RuleSet is { } set ? $", {set.Rules.Count} rule(s)" : "")}");
        return errors > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
