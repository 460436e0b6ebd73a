using System.Text.Json;
using FactEngine.Extraction;
using FactEngine.Output;
using FactEngine.Reading;
using FactEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FactEngine.Tests.EndToEnd;

/// <summary>Date mentions in the JSON output: every one has value, grain and anchor; an ambiguous one its other
/// reading; a range its end; without a publication date, placeholders rather than today.</summary>
public class DateMentionJsonTests
{
    private static JsonElement[] DateMentions(string jsonLine, DateOnly? published)
    {
        using var services = new ServiceCollection()
            .AddFactEngine(o =>
            {
                o.RulesFrom(TestRules.BundledRules);
                o.IncludeMentions = true;
            })
            .BuildServiceProvider();
        var extractor = services.GetRequiredService<Extractor>();
        var input = ArticleReader.Read(["-"], new ReadOptions(published), new StringReader(jsonLine)).Single();
        using var stream = new MemoryStream();
        using (var writer = new ExtractionJsonWriter(stream, includeMentions: true))
        {
            writer.Write(extractor.Extract(input));
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        return [.. json.RootElement.GetProperty("mentions").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "date")
            .Select(m => m.Clone())];
    }

    private static JsonElement Mention(JsonElement[] mentions, string text) =>
        mentions.Single(m => m.GetProperty("text").GetString() == text);

    private const string Article =
        "{\"id\": \"a\", \"text\": \"The pact was signed on 1/2/2022. Talks will run from 13 to 17 September. They met last week.\"}";

    [Fact]
    public void Every_date_mention_has_value_grain_and_anchor()
    {
        var mentions = DateMentions(Article, new DateOnly(2022, 3, 1));
        mentions.Length.ShouldBe(3);
        foreach (var mention in mentions)
        {
            foreach (var field in new[] { "value", "grain", "anchor" })
            {
                mention.GetProperty(field).GetString().ShouldNotBeNullOrEmpty();
            }
        }
    }

    [Fact]
    public void An_ambiguous_numeric_date_gives_its_other_reading()
    {
        var date = Mention(DateMentions(Article, new DateOnly(2022, 3, 1)), "1/2/2022");
        date.GetProperty("value").GetString().ShouldBe("2022-01-02");
        date.GetProperty("alternative").GetString().ShouldBe("2022-02-01");
    }

    [Fact]
    public void A_range_gives_its_end()
    {
        var range = Mention(DateMentions(Article, new DateOnly(2022, 3, 1)), "from 13 to 17 September");
        range.GetProperty("value").GetString().ShouldBe("2022-09-13");
        range.GetProperty("value_end").GetString().ShouldBe("2022-09-17");
        range.TryGetProperty("alternative", out _).ShouldBeFalse();
    }

    [Fact]
    public void Without_a_publication_date_relative_dates_keep_placeholders_at_their_grain()
    {
        var week = Mention(DateMentions(Article, null), "last week");
        (week.GetProperty("value").GetString(), week.GetProperty("grain").GetString(), week.GetProperty("anchor").GetString())
            .ShouldBe(("XXXX-WXX", "week", "none"));
    }

    [Fact]
    public void A_date_read_inside_a_word_is_reported_with_its_own_characters()
    {
        const string text = "Millions died in the post-9/11 wars. 01:11'Don't bother', he said.";
        var mentions = DateMentions("{\"id\": \"b\", \"text\": \"" + text + "\"}", new DateOnly(2022, 3, 1));
        mentions.Select(m => m.GetProperty("text").GetString()).ShouldBe(["9/11", "01:11"]);
        mentions[0].GetProperty("value").GetString().ShouldBe("2001-09-11");
        var start = mentions[0].GetProperty("start").GetInt32();
        text[start..mentions[0].GetProperty("end").GetInt32()].ShouldBe("9/11");
    }
}
