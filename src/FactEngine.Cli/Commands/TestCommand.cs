using System.CommandLine;
using FactEngine.Authoring;
using FactEngine.Compilation;

namespace FactEngine.Cli.Commands;

/// <summary>
/// <c>factengine test [--rules DIR]</c>: run every rule example through the whole pipeline; print each failure
/// with its rule id, <c>path(line,col)</c>, expected and actual; exit 1 on any failure.
/// </summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var rules = CommonOptions.Rules();
        var command = new Command("test", "Run every example written in the rules (exit 0 all pass, 1 a failure, 2 rules that do not compile)")
        {
            rules,
        };
        command.SetAction(parse => Run(RulesLocator.Locate(parse.GetValue(rules))));
        return command;
    }

    private static int Run(string rulesPath)
    {
        if (RuleSetReporter.CompileOrReport(rulesPath) is not { } ruleSet)
        {
            return ExitCodes.Usage;
        }

        var results = ExampleRunner.Run(ruleSet);
        foreach (var failure in results.Where(r => !r.Passed))
        {
            Console.Out.WriteLine($"{failure.Rule.File}({failure.Line},{failure.Column}): FAIL {failure.Rule.Id}: \"{failure.Example.Sentence}\"");
            Console.Out.WriteLine($"    {failure.Message}");
            Console.Out.WriteLine($"    actual: {(failure.Actual.Count == 0 ? "no claim" : string.Join("; ", failure.Actual.Select(ExampleRunner.Describe)))}");
        }

        var failed = results.Count(r => !r.Passed);
        var rulesWithExamples = results.Select(r => r.Rule.Id).Distinct().Count();
        Console.Out.WriteLine($"{rulesPath}: {results.Count} example(s) in {rulesWithExamples} rule(s): {results.Count - failed} passed, {failed} failed");
        return failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
