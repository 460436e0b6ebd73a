using FactEngine.Dates;
using FactEngine.Evaluation;

namespace FactEngine.Tests.Dates;

/// <summary>A time with a zone: converted to the reference's offset in forward mode when it is known; kept as written
/// otherwise.</summary>
public class TimeZoneTests
{
    private static TemporalValue Resolve(string text, DateMode mode, TimeSpan? offset)
    {
        var match = DateRecognizer.Find(text, 0, text.Length)[0];
        var context = new DateContext(new DateOnly(2013, 2, 12), mode, Tense.Unknown, ReferenceTime: new TimeOnly(4, 30), ReferenceOffset: offset);
        return DateResolver.Resolve(match.Expression, context);
    }

    [Theory]
    [InlineData("4pm CET", "2013-02-12T13:00")]
    [InlineData("Thursday 9 am BST", "2013-02-14T06:00")]
    [InlineData("Thu at 8 am pst", "2013-02-14T14:00")]
    [InlineData("Thursday 11pm PST", "2013-02-15T05:00")]
    public void In_forward_mode_a_zoned_time_moves_to_the_reference_offset(string text, string value) =>
        Resolve(text, DateMode.Forward, TimeSpan.FromHours(-2)).Value.ShouldBe(value);

    [Theory]
    [InlineData("4pm CET", DateMode.Forward, null, "2013-02-12T16:00")]
    [InlineData("4pm CET", DateMode.News, -2, "T16:00")]
    [InlineData("Thursday 9 am BST", DateMode.News, -2, "2013-02-14T09:00")]
    public void Without_an_offset_or_in_news_mode_the_time_is_as_written(string text, DateMode mode, int? hours, string value) =>
        Resolve(text, mode, hours is int h ? TimeSpan.FromHours(h) : null).Value.ShouldBe(value);

    [Fact]
    public void The_suite_reference_gives_its_offset()
    {
        string[] lines =
        [
            """{"text": "4pm CET", "ref": "2013-02-12T04:30:00-02:00", "expected": [{"span": "4pm CET", "value": "2013-02-12T13:00", "type": "TIME", "start": 0, "end": 7}]}""",
        ];

        DateSuiteScorer.Score(lines, DateMode.Forward, DateValueMatching.Exact, DateSuiteScorer.TimeType).Correct.ShouldBe(1);
    }
}
