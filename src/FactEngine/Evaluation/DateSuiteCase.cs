using System.Globalization;
using System.Text.Json;

namespace FactEngine.Evaluation;

/// <summary>A gold temporal expression: its type (DATE, DURATION, TIME...), value and span.</summary>
internal sealed record GoldTimex(string Type, string? Value, string? Span, int Start, int End);

/// <summary>One line of a conformance file: <c>{"text", "ref", "expected": [{"span","value","type","start","end"}]}</c>.
/// A gold expression without offsets (chrono writes some so) spans the whole text. <paramref name="Source"/> names the
/// document a sentence comes from (TimeBank, AQUAINT), when given; <paramref name="ReferenceTime"/> the time of day of
/// <c>ref</c> when it has one ("2013-02-12T04:30:00-02:00": 04:30, read as written), <paramref name="ReferenceOffset"/>
/// its offset (-02:00).</summary>
internal sealed record DateSuiteCase(string Text, DateOnly? Reference, IReadOnlyList<GoldTimex> Expected, string? Source = null,
    TimeOnly? ReferenceTime = null, TimeSpan? ReferenceOffset = null)
{
    public static DateSuiteCase Read(string jsonLine)
    {
        using var document = JsonDocument.Parse(jsonLine);
        var root = document.RootElement;
        var text = root.GetProperty("text").GetString() ?? string.Empty;
        var referenceText = root.TryGetProperty("ref", out var refElement) ? refElement.GetString() : null;
        DateOnly? reference = referenceText is { Length: >= 10 } r
            ? DateOnly.ParseExact(r[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        TimeOnly? referenceTime = referenceText is { Length: >= 16 } t && t[10] == 'T'
            && TimeOnly.TryParseExact(t.AsSpan(11, 5), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;
        TimeSpan? referenceOffset = referenceText is { Length: 25 } o && o[19] is '+' or '-'
            && TimeSpan.TryParseExact(o.AsSpan(20, 5), "hh\\:mm", CultureInfo.InvariantCulture, out var offset)
            ? (o[19] == '-' ? -offset : offset)
            : null;
        var expected = new List<GoldTimex>();
        foreach (var item in root.GetProperty("expected").EnumerateArray())
        {
            var hasOffsets = item.TryGetProperty("start", out var start) && start.ValueKind == JsonValueKind.Number
                && item.TryGetProperty("end", out var end) && end.ValueKind == JsonValueKind.Number;
            expected.Add(new GoldTimex(
                item.GetProperty("type").GetString() ?? string.Empty,
                StringOrNull(item, "value"),
                StringOrNull(item, "span"),
                hasOffsets ? item.GetProperty("start").GetInt32() : 0,
                hasOffsets ? item.GetProperty("end").GetInt32() : text.Length));
        }

        var source = root.TryGetProperty("source", out var sourceElement) && sourceElement.ValueKind == JsonValueKind.String
            ? sourceElement.GetString()
            : null;
        return new DateSuiteCase(text, reference, expected, source, referenceTime, referenceOffset);
    }

    private static string? StringOrNull(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
