using FactEngine.Claims;
using FactEngine.Reading;

namespace FactEngine.Extraction;

/// <summary>What one input article gave: its claims and mentions, or the error that stopped it.</summary>
public sealed record ArticleExtraction(
    ArticleReadResult Input,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<MentionRecord> Mentions,
    IReadOnlyList<Finding> Findings)
{
    public bool Succeeded => Input.Error is null;

    public static ArticleExtraction Failed(ArticleReadResult input) => new(input, [], [], []);
}

/// <summary>An actor or date mention as reported with <c>--mentions</c>.</summary>
public sealed record MentionRecord(string Type, string Text, string? Value, int Start, int End, string Rendering)
{
    public string? Grain { get; init; }

    public string? Anchor { get; init; }

    public string? Kind { get; init; }

    /// <summary>For a date the text leaves ambiguous ("1/2/2022"), the other reading's value.</summary>
    public string? Alternative { get; init; }

    /// <summary>For a range ("from 13 to 17 September"), the value of its end; <see cref="Value"/> is its start.</summary>
    public string? ValueEnd { get; init; }
}
