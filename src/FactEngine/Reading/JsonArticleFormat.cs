using System.Globalization;
using System.Text.Json;

namespace FactEngine.Reading;

/// <summary>One article per JSON object: <c>{"id","date","url","title","text"}</c>; other fields are ignored.</summary>
internal static class JsonArticleFormat
{
    public static ArticleReadResult Read(ReadOnlySpan<byte> json, string fallbackId, string source, ReadOptions options)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ArticleReadResult.Failed(fallbackId, source, $"{source}: expected a JSON object, found {root.ValueKind}");
            }

            var id = StringField(root, "id") ?? fallbackId;
            var text = StringField(root, "text");
            if (text is null)
            {
                return ArticleReadResult.Failed(id, source, $"{source}: the record has no \"text\" string");
            }

            var date = ParseDate(StringField(root, "date")) ?? options.DefaultDate;
            var article = new Article(id, date, StringField(root, "url"), StringField(root, "title"), source,
                [new ArticleRendering(ArticleRendering.Text, text)]);
            return ArticleReadResult.Ok(article);
        }
        catch (JsonException e)
        {
            return ArticleReadResult.Failed(fallbackId, source, $"{source}: malformed JSON: {e.Message}");
        }
    }

    private static string? StringField(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static DateOnly? ParseDate(string? value)
    {
        if (value is null || value.Length < 8)
        {
            return null;
        }

        var head = value.Length >= 10 ? value[..10] : value;
        string[] formats = ["yyyy-MM-dd", "yyyyMMdd"];
        return DateOnly.TryParseExact(head, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
