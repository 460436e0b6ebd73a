using FactEngine.Dates;

namespace FactEngine.Extraction;

/// <summary>How articles are read into claims.</summary>
/// <param name="DateMode">How bare dates are resolved against the publication date.</param>
/// <param name="IncludeMentions">Also report every actor and date mention found.</param>
public sealed record ExtractionOptions(DateMode DateMode = DateMode.News, bool IncludeMentions = false)
{
    public static ExtractionOptions Default { get; } = new();
}
