using FactEngine.Compilation;
using FactEngine.Dates;

namespace FactEngine.Matching;

/// <summary>
/// A unit found before claim rules run: a lexicon phrase, a date, or the match of a mention rule. Later rules
/// see it as one element (<c>@Type</c>) however many tokens it spans.
/// </summary>
/// <param name="Type">The mention type: lexicon, mention rule or built-in name.</param>
/// <param name="FirstToken">Index of its first token in the rendering.</param>
/// <param name="EndToken">Index just past its last token.</param>
/// <param name="Start">Character offset of its start in the rendering text.</param>
/// <param name="End">Character offset of its end.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Value">The normalised value: the canonical id of an actor, the ISO value of a date, else null.</param>
public sealed record Mention(
    int TypeId,
    string Type,
    RoleValueType ValueType,
    int FirstToken,
    int EndToken,
    int Start,
    int End,
    string Text,
    string? Value)
{
    /// <summary>Attributes of the lexicon entry (kind=state ...).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = EmptyAttributes;

    /// <summary>The parsed date expression, for date mentions; re-resolved with a claim's tense.</summary>
    public DateExpression? DateExpression { get; init; }

    /// <summary>The resolved temporal value, for date mentions.</summary>
    public TemporalValue? Temporal { get; init; }

    /// <summary>True when a mention rule valued this actor by its captured text (a name the lexicon does not know).</summary>
    public bool NamedByText { get; init; }

    /// <summary>The date before this one in the text, which "the day before" and "that year" count from.</summary>
    public TemporalValue? PreviousDate { get; init; }

    /// <summary>True when a lexicon phrase was found with a possessive "s" glued on ("Russias").</summary>
    public bool Possessive { get; init; }

    public int TokenCount => EndToken - FirstToken;

    internal static readonly IReadOnlyDictionary<string, string> EmptyAttributes = new Dictionary<string, string>();
}
