using System.Globalization;
using System.Text;
using FactEngine.Reading;

namespace FactEngine.Testing;

/// <summary>
/// Builds an article in the seed dump format: line 1 the flat rendering (by default the paragraphs with their
/// punctuation stripped, as the dumps have it), line 2 the date <c>YYYYMMDD</c>, line 3 the URL, then the paragraphs.
/// </summary>
public sealed class DumpArticleBuilder
{
    private readonly List<string> _paragraphs = [];
    private DateOnly _date = new(2022, 2, 4);
    private string _url = "https://example.org/article";
    private string? _flat;
    private string _id = "test-dump";

    public DumpArticleBuilder PublishedOn(string isoDate)
    {
        _date = TestArticle.ParseDate(isoDate);
        return this;
    }

    public DumpArticleBuilder At(string url)
    {
        _url = url;
        return this;
    }

    public DumpArticleBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public DumpArticleBuilder Paragraph(string text)
    {
        _paragraphs.Add(text);
        return this;
    }

    /// <summary>Sets line 1 instead of deriving it from the paragraphs.</summary>
    public DumpArticleBuilder Flat(string text)
    {
        _flat = text;
        return this;
    }

    /// <summary>The file text in the dump format.</summary>
    public string ToDumpText()
    {
        var flat = _flat ?? new string(string.Join(" ", _paragraphs).Where(c => !char.IsPunctuation(c) || c == '-').ToArray());
        var text = new StringBuilder()
            .Append(flat).Append('\n')
            .Append(_date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)).Append('\n')
            .Append(_url).Append('\n');
        foreach (var paragraph in _paragraphs)
        {
            text.Append(paragraph).Append('\n');
        }

        return text.ToString();
    }

    public Article Build() => ArticleReader.FromText(ToDumpText(), _id, _id);

    public static implicit operator Article(DumpArticleBuilder builder) => builder.Build();
}
