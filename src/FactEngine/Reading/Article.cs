using FactEngine.Dates;

namespace FactEngine.Reading;

/// <summary>An article as read: its metadata and one or more renderings of its text.</summary>
/// <param name="Id">The article id (from the JSON record, else the file name without extension).</param>
/// <param name="Date">The publication date, when known: the reference for relative dates.</param>
/// <param name="Url">The article's address, when known.</param>
/// <param name="Title">The title, when known.</param>
/// <param name="Source">Where it was read from: a path, "path:line" for JSON Lines, or "-" for stdin.</param>
/// <param name="Renderings">The texts to extract from; offsets in claims are into one of these.</param>
public sealed record Article(
    string Id,
    DateOnly? Date,
    string? Url,
    string? Title,
    string Source,
    IReadOnlyList<ArticleRendering> Renderings)
{
    /// <summary>How this article's bare dates ("Monday", "May 3") resolve, when it differs from the run's: news or
    /// forward. Null (the default) takes the run's mode (<c>ExtractionOptions.DateMode</c>, <c>--date-mode</c>).</summary>
    public DateMode? DateMode { get; init; }

    public static Article FromText(string id, string text, DateOnly? date = null, string? source = null) =>
        new(id, date, null, null, source ?? id, [new ArticleRendering(ArticleRendering.Text, text)]);
}
