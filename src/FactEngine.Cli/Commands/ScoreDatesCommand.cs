using System.CommandLine;
using FactEngine.Dates;
using FactEngine.Evaluation;

namespace FactEngine.Cli.Commands;

/// <summary>
/// <c>factengine score dates SUITE.jsonl... [--date-mode news|forward] [--day-within-period] [--show N] [--classes] [--time]</c>:
/// DATE value accuracy (span overlaps and value equal) and spurious rate per conformance suite; with <c>--classes</c>, how
/// many errors of each kind; with <c>--time</c>, a second line per suite (<c>SUITE:TIME</c>) scores its TIME gold the same
/// way against the mentions carrying a clock time.
/// </summary>
internal static class ScoreDatesCommand
{
    public static Command Create()
    {
        var suites = new Argument<string[]>("suites") { Description = "Conformance suites: {text, ref, expected:[{span,value,type,start,end}]} per line", Arity = ArgumentArity.OneOrMore };
        var mode = CommonOptions.DateMode();
        var dayWithin = new Option<bool>("--day-within-period") { Description = "Accept a gold day inside the found period (chrono's convention)" };
        var show = new Option<int>("--show") { Description = "Print this many errors per suite", DefaultValueFactory = _ => 0 };
        var classes = new Option<bool>("--classes") { Description = "Print how many errors of each kind each suite has (by the shape of gold and found values)" };
        var time = new Option<bool>("--time") { Description = "Also score the TIME gold, on a second line per suite" };
        var command = new Command("dates", "Score the date grammar against conformance suites") { suites, mode, dayWithin, show, classes, time };
        command.SetAction(parse => Run(
            parse.GetValue(suites)!, parse.GetValue(mode), parse.GetValue(dayWithin), new Detail(parse.GetValue(show), parse.GetValue(classes)), parse.GetValue(time)));
        return command;
    }

    /// <summary>What to print under each suite's line: this many errors, and the tally of error classes.</summary>
    private sealed record Detail(int Show, bool Classes);

    private static int Run(string[] suites, DateMode mode, bool dayWithin, Detail detail, bool time)
    {
        var matching = dayWithin ? DateValueMatching.DayWithinPeriod : DateValueMatching.Exact;
        Console.WriteLine($"{"suite",-28} {"cases",6} {"gold",6} {"correct",8} {"accuracy",9} {"found",6} {"spurious",9}");
        foreach (var suite in suites)
        {
            Print(Path.GetFileName(suite), DateSuiteScorer.Score(File.ReadLines(suite), mode, matching), detail);
            if (time)
            {
                Print(Path.GetFileName(suite) + ":TIME", DateSuiteScorer.Score(File.ReadLines(suite), mode, matching, DateSuiteScorer.TimeType), detail);
            }
        }

        return ExitCodes.Ok;
    }

    private static void Print(string name, DateSuiteReport report, Detail detail)
    {
        Console.WriteLine($"{name,-28} {report.Cases,6} {report.GoldDates,6} {report.Correct,8} {report.Accuracy,9:F3} {report.Found,6} {report.SpuriousRate,9:P1}");
        if (detail.Classes)
        {
            foreach (var (kind, count) in DateErrorClassifier.Tally(report.Errors))
            {
                Console.WriteLine($"    {count,5}  {kind}");
            }
        }

        foreach (var error in report.Errors.Take(detail.Show))
        {
            Console.WriteLine($"    {error.Text} | ref {error.Reference} | expected {error.ExpectedSpan} = {error.ExpectedValue} | found {error.FoundSpan} = {error.FoundValue}");
        }
    }
}
