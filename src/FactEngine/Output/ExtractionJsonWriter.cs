using System.Text.Encodings.Web;
using System.Text.Json;
using FactEngine.Claims;
using FactEngine.Extraction;

namespace FactEngine.Output;

/// <summary>
/// Writes one JSON Lines record per article, in the output contract's shape:
/// <c>{"article": {...}, "status", "error", "claims": [...], "mentions": [...], "findings": [...]}</c>.
/// </summary>
public sealed class ExtractionJsonWriter(Stream output, bool includeMentions) : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly Utf8JsonWriter _json = new(output, WriterOptions);

    public void Write(ArticleExtraction extraction)
    {
        _json.Reset(output);
        _json.WriteStartObject();
        WriteArticle(extraction);
        _json.WriteString("status", extraction.Succeeded ? "ok" : "error");
        _json.WriteString("error", extraction.Input.Error);
        _json.WriteStartArray("claims");
        foreach (var claim in extraction.Claims)
        {
            WriteClaim(claim);
        }

        _json.WriteEndArray();
        if (includeMentions)
        {
            WriteMentions(extraction.Mentions);
        }

        _json.WriteStartArray("findings");
        foreach (var finding in extraction.Findings)
        {
            WriteFinding(finding);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        output.WriteByte((byte)'\n');
    }

    private void WriteArticle(ArticleExtraction extraction)
    {
        var input = extraction.Input;
        _json.WriteStartObject("article");
        _json.WriteString("id", input.Id);
        _json.WriteString("date", input.Date?.ToString("yyyy-MM-dd"));
        _json.WriteString("url", input.Url);
        _json.WriteString("source", input.Source);
        _json.WriteEndObject();
    }

    private void WriteClaim(Claim claim)
    {
        _json.WriteStartObject();
        _json.WriteString("type", claim.Type);
        _json.WriteStartObject("roles");
        foreach (var (role, values) in claim.Roles)
        {
            _json.WriteStartArray(role);
            foreach (var value in values)
            {
                WriteRoleValue(value);
            }

            _json.WriteEndArray();
        }

        _json.WriteEndObject();
        _json.WriteString("polarity", claim.Polarity);
        _json.WriteString("modality", claim.Modality);
        _json.WriteStartObject("rule");
        _json.WriteString("id", claim.Rule.Id);
        _json.WriteString("file", claim.Rule.File.Replace('\\', '/'));
        _json.WriteNumber("line", claim.Rule.Line);
        _json.WriteEndObject();
        _json.WritePropertyName("evidence");
        WriteEvidence(claim.Evidence);
        _json.WriteStartArray("evidences");
        foreach (var evidence in claim.Evidences)
        {
            WriteEvidence(evidence);
        }

        _json.WriteEndArray();
        _json.WriteStartArray("findings");
        foreach (var finding in claim.Findings)
        {
            WriteFinding(finding);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void WriteEvidence(Evidence evidence)
    {
        _json.WriteStartObject();
        _json.WriteString("text", evidence.Text);
        _json.WriteNumber("start", evidence.Start);
        _json.WriteNumber("end", evidence.End);
        _json.WriteString("rendering", evidence.Rendering);
        _json.WriteEndObject();
    }

    private void WriteRoleValue(RoleValue value)
    {
        _json.WriteStartObject();
        _json.WriteString("text", value.Text);
        _json.WriteString("value", value.Value);
        _json.WriteNumber("start", value.Start);
        _json.WriteNumber("end", value.End);
        if (value.Temporal is { } temporal)
        {
            _json.WriteString("grain", temporal.Grain);
            _json.WriteString("anchor", temporal.Anchor);
            WriteDateReadings(temporal.Alternative, temporal.End);
        }

        if (value.Attributes is { Count: > 0 } attributes)
        {
            _json.WriteStartObject("attributes");
            foreach (var (name, attribute) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                _json.WriteString(name, attribute);
            }

            _json.WriteEndObject();
        }

        _json.WriteEndObject();
    }

    /// <summary>A date's other reading where the text is ambiguous, and a range's end, when there are.</summary>
    private void WriteDateReadings(string? alternative, string? valueEnd)
    {
        if (alternative is not null)
        {
            _json.WriteString("alternative", alternative);
        }

        if (valueEnd is not null)
        {
            _json.WriteString("value_end", valueEnd);
        }
    }

    private void WriteMentions(IReadOnlyList<MentionRecord> mentions)
    {
        _json.WriteStartArray("mentions");
        foreach (var mention in mentions)
        {
            _json.WriteStartObject();
            _json.WriteString("type", mention.Type);
            _json.WriteString("text", mention.Text);
            _json.WriteString("value", mention.Value);
            if (mention.Grain is not null)
            {
                _json.WriteString("grain", mention.Grain);
                _json.WriteString("anchor", mention.Anchor);
                WriteDateReadings(mention.Alternative, mention.ValueEnd);
            }

            if (mention.Kind is not null)
            {
                _json.WriteString("kind", mention.Kind);
            }

            _json.WriteNumber("start", mention.Start);
            _json.WriteNumber("end", mention.End);
            _json.WriteString("rendering", mention.Rendering);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void WriteFinding(Finding finding)
    {
        _json.WriteStartObject();
        _json.WriteString("check", finding.Check);
        _json.WriteString("severity", finding.Severity);
        _json.WriteString("message", finding.Message);
        _json.WriteStartArray("related");
        foreach (var related in finding.Related)
        {
            _json.WriteStringValue(related);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    public void Dispose() => _json.Dispose();
}
