using FactEngine.Authoring;

namespace FactEngine.Cli;

/// <summary>Prints a rule explanation as one headline and indented details.</summary>
internal static class ExplanationPrinter
{
    public static void Print(RuleExplanation explanation, TextWriter writer)
    {
        var rule = explanation.Rule;
        var head = $"{rule.Id} ({rule.File}:{rule.Line})";
        if (!explanation.Matched)
        {
            writer.WriteLine($"{head}: no match; {Failure(explanation.Failure)}");
            return;
        }

        var outcome = explanation.RemovedBy is { } loss
            ? $"match removed by {loss.Winner.Id} ({loss.Winner.File}:{loss.Winner.Line}): {loss.Reason}"
            : "match";
        writer.WriteLine($"{head}: {outcome}; {Captures(explanation.Captures)}");
        foreach (var claim in explanation.Claims)
        {
            writer.WriteLine($"    claim {ExampleRunner.Describe(claim)}");
        }

        foreach (var win in explanation.Removed)
        {
            writer.WriteLine($"    removed the match of {win.Loser.Id} ({win.Loser.File}:{win.Loser.Line}): {win.Reason}");
        }
    }

    private static string Failure(MatchFailure? failure)
    {
        if (failure is null)
        {
            return "the sentence has no tokens";
        }

        var sentence = failure.Sentence > 1 ? $"sentence {failure.Sentence}, " : "";
        var token = sentence + (failure.TokenText is null
            ? $"token {failure.Token} (end of sentence)"
            : $"token {failure.Token} \"{failure.TokenText}\"{(failure.MentionsAtToken.Count == 0 ? "" : $" ({string.Join(", ", failure.MentionsAtToken)})")}");
        var expected = "expected " + string.Join(" or ", Expected(failure.Expected));
        return failure.Started
            ? $"matched {Captures(failure.MatchedSoFar)}; failed at {token}: {expected}"
            : $"no token starts it; at {token}: {expected}";
    }

    /// <summary>The expected elements; many from one named pattern are shown as that pattern, at its first element.</summary>
    private static IEnumerable<string> Expected(IReadOnlyList<ExpectedElement> expected) =>
        expected.GroupBy(e => e.Pattern ?? $"\0{e}")
            .Select(g => g.Count() > 3 && g.First().Pattern is { } pattern
                ? $"@{pattern} (one of {g.Count()} elements, from {g.First().Path}({g.First().Line},{g.First().Column}))"
                : string.Join(" or ", g.Select(e => e.ToString())));

    private static string Captures(IReadOnlyList<ExplainedCapture> captures) =>
        captures.Count == 0
            ? "no captures"
            : string.Join(", ", captures.Select(c => $"\"{c.Text}\" as {c.Name}{(c.Complete ? "" : " (so far)")}"));
}
