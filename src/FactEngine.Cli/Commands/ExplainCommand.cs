using System.CommandLine;
using FactEngine.Authoring;
using FactEngine.Compilation;

namespace FactEngine.Cli.Commands;

/// <summary>
/// <c>factengine explain [--rules DIR] [--rule ID] [--date YYYY-MM-DD] "sentence"</c>: per rule, whether it matched
/// the sentence; if not, how far it got.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var sentence = new Argument<string>("sentence") { Description = "The sentence (or short text) to explain" };
        var rules = CommonOptions.Rules();
        var rule = new Option<string?>("--rule") { Description = "Explain only this rule (its id)" };
        var date = CommonOptions.Date("Publication date the sentence's dates resolve against, YYYY-MM-DD");
        var command = new Command("explain", "Show, per rule, whether it matched a sentence and, if not, where it stopped")
        {
            sentence, rules, rule, date,
        };
        command.SetAction(parse => Run(parse.GetValue(sentence) ?? "", RulesLocator.Locate(parse.GetValue(rules)),
            parse.GetValue(rule), parse.GetValue(date)));
        return command;
    }

    private static int Run(string sentence, string rulesPath, string? ruleId, DateOnly? date)
    {
        if (RuleSetReporter.CompileOrReport(rulesPath) is not { } ruleSet)
        {
            return ExitCodes.Usage;
        }

        if (ruleId is not null && ruleSet.Rules.All(r => r.Id != ruleId))
        {
            Console.Error.WriteLine($"factengine: no rule '{ruleId}' in '{rulesPath}'; its rules are {string.Join(", ", ruleSet.Rules.Select(r => r.Id))}");
            return ExitCodes.Usage;
        }

        foreach (var explanation in RuleExplainer.Explain(ruleSet, sentence, date, ruleId))
        {
            ExplanationPrinter.Print(explanation, Console.Out);
        }

        return ExitCodes.Ok;
    }
}
