using System.CommandLine;
using FactEngine.Authoring;
using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Extraction;
using FactEngine.Reading;

namespace FactEngine.Cli.Commands;

/// <summary>
/// <c>factengine diff --rules OLD_DIR --against NEW_DIR CORPUS...</c>: the claims the new rules add, remove and
/// change over a corpus, with article id and evidence; exit 0 when none, 1 when there are differences.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs("corpus", "Article files or folders (read recursively): seed dump .txt, plain .txt, .jsonl");
        var rules = CommonOptions.Rules();
        var against = new Option<string>("--against") { Description = "The new rules folder, compared with --rules", Required = true };
        var date = CommonOptions.PlainTextDate();
        var command = new Command("diff", "Compare the claims of two rule sets over a corpus (exit 0 same, 1 different, 2 bad usage)")
        {
            inputs, rules, against, date,
        };
        command.SetAction(parse => Run(parse.GetValue(inputs) ?? [], RulesLocator.Locate(parse.GetValue(rules)),
            parse.GetValue(against)!, new ReadOptions(parse.GetValue(date), ReadOptions.DefaultMaxArticleBytes)));
        return command;
    }

    private static int Run(string[] inputs, string oldPath, string newPath, ReadOptions readOptions)
    {
        if (RuleSetReporter.CompileOrReport(oldPath) is not { } oldRules || RuleSetReporter.CompileOrReport(newPath) is not { } newRules)
        {
            return ExitCodes.Usage;
        }

        var diff = ClaimDiff.Compare(oldRules, newRules, ArticleReader.Read(inputs, readOptions), ExtractionOptions.Default);
        foreach (var entry in diff.Removed)
        {
            Print('-', entry.ArticleId, entry.Old!, null);
        }

        foreach (var entry in diff.Added)
        {
            Print('+', entry.ArticleId, entry.New!, null);
        }

        foreach (var entry in diff.Changed)
        {
            Print('~', entry.ArticleId, entry.New!, string.Join("; ", entry.Differences));
        }

        Console.Out.WriteLine($"diff {oldPath} -> {newPath}: {diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed; "
            + $"{diff.Articles} article(s), {diff.OldClaims} claim(s) before, {diff.NewClaims} after");
        return diff.HasDifferences ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static void Print(char sign, string article, Claim claim, string? differences)
    {
        var evidence = claim.Evidence;
        Console.Out.WriteLine($"{sign} {article} {evidence.Rendering}[{evidence.Start},{evidence.End}) {claim.Rule.Id}: {ExampleRunner.Describe(claim)}"
            + (differences is null ? "" : $" ({differences})"));
        Console.Out.WriteLine($"    \"{evidence.Text}\"");
    }
}
