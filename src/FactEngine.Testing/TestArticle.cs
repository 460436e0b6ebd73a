using System.Globalization;
using FactEngine.Reading;

namespace FactEngine.Testing;

/// <summary>
/// Articles for tests: <c>TestArticle.Text("...").PublishedOn("2022-02-04")</c>, the seed dump format with
/// <see cref="Dump"/>, or a file read as the command line reads it with <see cref="FromFile"/>.
/// </summary>
public sealed record TestArticle
{
    private TestArticle(string text)
    {
        Content = text;
    }

    public string Content { get; }

    public string Id { get; init; } = "test-article";

    public DateOnly? Date { get; init; }

    /// <summary>A plain-text article; its publication date is unknown until <see cref="PublishedOn(string)"/>.</summary>
    public static TestArticle Text(string text) => new(text);

    /// <summary>An article in the seed dump format: flat line, date, URL, paragraphs (both renderings are read).</summary>
    public static DumpArticleBuilder Dump() => new();

    /// <summary>Reads an article file (dump, plain text or the first record of JSON Lines) as the command line does.</summary>
    public static Article FromFile(string path, DateOnly? date = null)
    {
        var result = ArticleReader.ReadFile(path, new ReadOptions(date, ReadOptions.DefaultMaxArticleBytes)).First();
        return result.Article ?? throw new InvalidOperationException(result.Error);
    }

    /// <summary>The publication date, <c>YYYY-MM-DD</c>: relative dates resolve against it.</summary>
    public TestArticle PublishedOn(string isoDate) => this with { Date = ParseDate(isoDate) };

    public TestArticle PublishedOn(DateOnly date) => this with { Date = date };

    public TestArticle WithId(string id) => this with { Id = id };

    public Article Build() => Article.FromText(Id, Content, Date);

    public static implicit operator Article(TestArticle article) => article.Build();

    internal static DateOnly ParseDate(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
