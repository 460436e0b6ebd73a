using System.CommandLine;
using System.Diagnostics;
using FactEngine.Composition;
using FactEngine.Extraction;
using FactEngine.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace FactEngine.Cli.Commands;

/// <summary>
/// <c>factengine bench CORPUS... [--max-mb N] [--threads N] [--rules DIR]</c>: throughput and memory of extraction
/// over a corpus, read into memory first so that only extraction is timed.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Articles to extract from (any input format)", Arity = ArgumentArity.OneOrMore };
        var maxMb = new Option<double>("--max-mb") { Description = "Stop reading after this many MB of article text", DefaultValueFactory = _ => 0 };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var rules = CommonOptions.Rules();
        var command = new Command("bench", "Measure extraction throughput (MB/s, articles/s) and memory over a corpus")
        {
            corpus, maxMb, threads, rules,
        };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.GetValue(maxMb), parse.GetValue(threads), RulesLocator.Locate(parse.GetValue(rules))));
        return command;
    }

    private static int Run(string[] corpus, double maxMb, int threads, string rulesPath)
    {
        using var services = new ServiceCollection().AddFactEngine(o => o.RulesFrom(rulesPath)).BuildServiceProvider();
        var extractor = services.GetRequiredService<Extractor>();
        var articles = new List<ArticleReadResult>();
        long chars = 0;
        foreach (var input in ArticleReader.Read(corpus))
        {
            articles.Add(input);
            chars += input.Article?.Renderings.Sum(r => r.Content.Length) ?? 0;
            if (maxMb > 0 && chars >= maxMb * 1024 * 1024)
            {
                break;
            }
        }

        extractor.Extract(articles[0]);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var claims = articles.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, threads))
            .Select(extractor.Extract).Sum(r => r.Claims.Count);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var megabytes = chars / (1024.0 * 1024.0);
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"articles {articles.Count}, text {megabytes:F2} MB (chars), claims {claims}, threads {threads}");
        Console.WriteLine($"time {seconds:F2} s: {megabytes / seconds:F2} MB/s, {articles.Count / seconds:F0} articles/s");
        Console.WriteLine($"memory: peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB, allocated {allocated:F0} MB ({allocated / megabytes:F0} MB per MB of text)");
        return ExitCodes.Ok;
    }
}
