using System.CommandLine;
using FactEngine.Compilation;
using FactEngine.Evaluation;
using FactEngine.Extraction;
using FactEngine.Reading;

namespace FactEngine.Cli.Commands;

/// <summary>
/// <c>factengine score handovers --gold tests/devset/handovers.jsonl CORPUS.jsonl</c>: precision, recall and F1 of
/// positive asserted handovers, date accuracy, and done handovers that the gold says are negative or not asserted.
/// </summary>
internal static class ScoreHandoversCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "The article texts (JSON Lines) the gold set annotates", Arity = ArgumentArity.OneOrMore };
        var gold = new Option<string>("--gold") { Description = "The annotated development set", Required = true };
        var rules = CommonOptions.Rules();
        var show = new Option<int>("--show") { Description = "Print this many errors of each kind", DefaultValueFactory = _ => 10 };
        var command = new Command("handovers", "Score handover claims against an annotated development set") { corpus, gold, rules, show };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.GetValue(gold)!, RulesLocator.Locate(parse.GetValue(rules)), parse.GetValue(show)));
        return command;
    }

    private static int Run(string[] corpus, string goldPath, string rulesPath, int show)
    {
        if (RuleSetReporter.CompileOrReport(rulesPath) is not { } ruleSet)
        {
            return ExitCodes.Usage;
        }

        var gold = GoldHandover.Read(File.ReadLines(goldPath));
        var extractor = new Extractor(ruleSet);
        var extractions = ArticleReader.Read(corpus).Where(r => gold.ContainsKey(r.Id)).Select(extractor.Extract).ToList();
        var score = HandoverScorer.Score(gold, extractions);
        Console.WriteLine($"articles: {extractions.Count} of {gold.Count} annotated");
        Console.WriteLine($"positive asserted handovers: gold {score.Gold}, predicted {score.Predicted}, matched gold {score.MatchedGold}, matched predicted {score.MatchedPredicted}");
        Console.WriteLine($"precision {score.Precision:F3}  recall {score.Recall:F3}  F1 {score.F1:F3}");
        Console.WriteLine($"dates right on matched: {score.DatesRight}/{score.MatchedPredicted} = {score.DateAccuracy:F3} (gold-dated: {score.DatesWithGoldRight}/{score.DatesWithGold})");
        Console.WriteLine($"negative or non-asserted handovers reported as done: {score.NonAssertedAsDone}");
        foreach (var (id, claim, why) in score.FalsePositives.Take(show))
        {
            Console.WriteLine($"  FP {id} [{claim.Rule.Id}] {Authoring.ExampleRunner.Describe(claim)} ({why})");
            Console.WriteLine($"     {claim.Evidence.Text}");
        }

        foreach (var missed in score.Missed.Take(show))
        {
            Console.WriteLine($"  FN {missed.ArticleId} {string.Join("+", missed.Givers)} -> {string.Join("+", missed.Recipients)}: {missed.ItemText}");
            Console.WriteLine($"     {missed.Evidence.FirstOrDefault()}");
        }

        foreach (var (g, claim) in score.DateErrors.Take(show))
        {
            Console.WriteLine($"  DATE {g.ArticleId} gold {g.When ?? "none"} got {claim.Role("when").FirstOrDefault()?.Value ?? "none"}: {claim.Evidence.Text}");
        }

        return ExitCodes.Ok;
    }
}
