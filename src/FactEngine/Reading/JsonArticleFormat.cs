using System.Globalization;
using System.Text.Json;
using FactEngine.Dates;

namespace FactEngine.Reading;

/// <summary>One article per JSON object: <c>{"id","date","url","title","text"}</c>, and optionally <c>"date_mode"</c>
/// (<c>news</c> or <c>forward</c>) for this article alone; other fields are ignored.</summary>
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
            var mode = StringField(root, "date_mode");
            if (!TryParseDateMode(mode, out var dateMode))
            {
                return ArticleReadResult.Failed(id, source, $"{source}: \"date_mode\" must be \"news\" or \"forward\", not \"{mode}\"");
            }

            var article = new Article(id, date, StringField(root, "url"), StringField(root, "title"), source,
                [new ArticleRendering(ArticleRendering.Text, text)])
            {
                DateMode = dateMode,
            };
            return ArticleReadResult.Ok(article);
        }
        catch (JsonException e)
        {
            return ArticleReadResult.Failed(fallbackId, source, $"{source}: malformed JSON: {e.Message}");
        }
    }

    /// <summary>"news" or "forward", in any case; no field at all is no override.</summary>
    private static bool TryParseDateMode(string? value, out DateMode? mode)
    {
        mode = value?.ToLowerInvariant() switch
        {
            "news" => DateMode.News,
            "forward" => DateMode.Forward,
            _ => null,
        };
        return value is null || mode is not null;
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
