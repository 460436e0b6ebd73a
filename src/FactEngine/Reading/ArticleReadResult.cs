namespace FactEngine.Reading;

/// <summary>One input article: read, or an error naming the input and the problem.</summary>
public sealed record ArticleReadResult(string Id, string Source, Article? Article, string? Error)
{
    public DateOnly? Date => Article?.Date;

    public string? Url => Article?.Url;

    public static ArticleReadResult Ok(Article article) => new(article.Id, article.Source, article, null);

    public static ArticleReadResult Failed(string id, string source, string error) => new(id, source, null, error);
}
