using FactEngine.Compilation;

namespace FactEngine.Cli;

/// <summary>Compiles the rules a command needs, or prints their errors to stderr.</summary>
internal static class RuleSetReporter
{
    /// <summary>The compiled rule set, or null after printing every error and a hint to run check.</summary>
    public static CompiledRuleSet? CompileOrReport(string rulesPath)
    {
        var compilation = RuleSetCompiler.Compile(rulesPath);
        if (compilation.RuleSet is null)
        {
            DiagnosticPrinter.Print(compilation.Errors, Console.Error);
            Console.Error.WriteLine($"factengine: the rules in '{rulesPath}' do not compile; run 'factengine check' for details");
        }

        return compilation.RuleSet;
    }
}
