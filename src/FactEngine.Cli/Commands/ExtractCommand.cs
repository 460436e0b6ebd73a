using System.CommandLine;
using System.Diagnostics;
using FactEngine.Composition;
using FactEngine.Extraction;
using FactEngine.Output;
using FactEngine.Reading;
using FactEngine.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace FactEngine.Cli.Commands;

/// <summary>
/// <c>factengine extract INPUT... [--rules DIR] [--out FILE] [--mentions] [--strict] [--date YYYY-MM-DD]</c>: one JSON
/// Lines record per input article, in input order, to stdout or --out; the findings counted per check on stderr.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs("inputs", "Article files, folders (read recursively) or - for stdin: seed dump .txt, plain .txt, .jsonl");
        var rules = CommonOptions.Rules();
        var output = new Option<string?>("--out") { Description = "Write the JSON Lines here instead of stdout" };
        var mentions = new Option<bool>("--mentions") { Description = "Also list every actor and date mention found" };
        var strict = new Option<bool>("--strict") { Description = "Drop the claims that have an error finding" };
        var date = CommonOptions.PlainTextDate();
        var dateMode = CommonOptions.DateMode();
        var maxBytes = new Option<long>("--max-article-bytes")
        {
            Description = "Articles larger than this are reported as errors",
            DefaultValueFactory = _ => ReadOptions.DefaultMaxArticleBytes,
        };
        var command = new Command("extract", "Extract claims from articles as JSON Lines")
        {
            inputs, rules, output, mentions, strict, date, dateMode, maxBytes,
        };
        command.SetAction(parse => Run(
            parse.GetValue(inputs) ?? [],
            RulesLocator.Locate(parse.GetValue(rules)),
            parse.GetValue(output),
            parse.GetValue(strict),
            new ExtractionOptions(parse.GetValue(dateMode), parse.GetValue(mentions)),
            new ReadOptions(parse.GetValue(date), parse.GetValue(maxBytes))));
        return command;
    }

    private static int Run(string[] inputs, string rulesPath, string? outputPath, bool strict, ExtractionOptions options,
        ReadOptions readOptions)
    {
        using var services = new ServiceCollection()
            .AddFactEngine(o =>
            {
                o.RulesFrom(rulesPath);
                o.DateMode = options.DateMode;
                o.IncludeMentions = options.IncludeMentions;
            })
            .BuildServiceProvider();
        Extractor extractor;
        try
        {
            extractor = services.GetRequiredService<Extractor>();
        }
        catch (RuleCompilationException e)
        {
            DiagnosticPrinter.Print(e.Diagnostics.Where(d => d.IsError), Console.Error);
            Console.Error.WriteLine($"factengine: the rules in '{rulesPath}' do not compile; run 'factengine check' for details");
            return ExitCodes.Usage;
        }

        var stopwatch = Stopwatch.StartNew();
        using var stream = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath);
        using var writer = new ExtractionJsonWriter(stream, options.IncludeMentions);
        var (articles, errors, claims, dropped) = (0, 0, 0, 0);
        var findings = new FindingSummary();
        var results = ArticleReader.Read(inputs, readOptions)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(extractor.Extract);
        foreach (var found in results)
        {
            findings.Add(found);
            var result = strict ? StrictFilter.Apply(found) : found;
            dropped += found.Claims.Count - result.Claims.Count;
            writer.Write(result);
            articles++;
            errors += result.Succeeded ? 0 : 1;
            claims += result.Claims.Count;
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"factengine: {result.Input.Error}");
            }
        }

        stream.Flush();
        Console.Error.WriteLine($"factengine: {findings}{(strict ? $"; --strict dropped {dropped} claim(s)" : "")}");
        Console.Error.WriteLine($"factengine: {articles} article(s), {errors} error(s), {claims} claim(s) in {stopwatch.Elapsed.TotalSeconds:F2} s");
        return ExitCodes.Ok;
    }
}
