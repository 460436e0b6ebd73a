namespace FactEngine.Reading;

/// <summary>How inputs are read.</summary>
/// <param name="DefaultDate">Publication date for articles that state none (plain text files).</param>
/// <param name="MaxArticleBytes">Larger articles are reported as errors instead of being read.</param>
public sealed record ReadOptions(DateOnly? DefaultDate = null, long MaxArticleBytes = ReadOptions.DefaultMaxArticleBytes)
{
    public const long DefaultMaxArticleBytes = 10 * 1024 * 1024;

    public static ReadOptions Default { get; } = new();
}
