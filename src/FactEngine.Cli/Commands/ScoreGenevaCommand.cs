using System.CommandLine;
using FactEngine.Compilation;
using FactEngine.Evaluation;
using FactEngine.Extraction;

namespace FactEngine.Cli.Commands;

/// <summary><c>factengine score geneva GENEVA.jsonl NEGATIVES.jsonl [--rules DIR]</c>: per-role precision and recall.</summary>
internal static class ScoreGenevaCommand
{
    public static Command Create()
    {
        var records = new Argument<string>("records") { Description = "GENEVA transfer records (JSON Lines)" };
        var negatives = new Argument<string>("negatives") { Description = "GENEVA sentences without a transfer (JSON Lines)" };
        var rules = CommonOptions.Rules();
        var command = new Command("geneva", "Score handover roles on GENEVA's Giving/Sending/Supply records and its negatives")
        {
            records, negatives, rules,
        };
        command.SetAction(parse => Run(parse.GetValue(records)!, parse.GetValue(negatives)!, RulesLocator.Locate(parse.GetValue(rules))));
        return command;
    }

    private static int Run(string records, string negatives, string rulesPath)
    {
        if (RuleSetReporter.CompileOrReport(rulesPath) is not { } ruleSet)
        {
            return ExitCodes.Usage;
        }

        var score = GenevaScorer.Score(new Extractor(ruleSet), File.ReadLines(records), File.ReadLines(negatives));
        Console.WriteLine($"handover-type records: {score.Records}, with a claim: {score.Detected} ({(double)score.Detected / Math.Max(1, score.Records):P1})");
        foreach (var role in score.Roles)
        {
            Console.WriteLine($"  {role.Role,-10} precision {role.Precision:F3} ({role.PredictedCorrect}/{role.Predicted})  recall {role.Recall:F3} ({role.GoldFound}/{role.Gold})");
        }

        Console.WriteLine($"negatives: {score.Negatives}, with a claim: {score.NegativesWithClaims} (false-positive rate {score.FalsePositiveRate:P1})");
        return ExitCodes.Ok;
    }
}
