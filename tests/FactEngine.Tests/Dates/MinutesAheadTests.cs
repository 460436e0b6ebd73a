using FactEngine.Dates;
using FactEngine.Evaluation;

namespace FactEngine.Tests.Dates;

/// <summary>Minutes from the reference: a moment in forward mode with the reference's time of day, else a length of
/// time.</summary>
public class MinutesAheadTests
{
    [Theory]
    [InlineData("in 2 minutes", "2013-02-12T04:32")]
    [InlineData("in 2 more minutes", "2013-02-12T04:32")]
    [InlineData("in a couple of minutes", "2013-02-12T04:32")]
    [InlineData("2 minutes from now", "2013-02-12T04:32")]
    [InlineData("in half an hour", "2013-02-12T05:00")]
    [InlineData("in about half an hour", "2013-02-12T05:00")]
    [InlineData("in a quarter of an hour", "2013-02-12T04:45")]
    [InlineData("in three-quarters of an hour", "2013-02-12T05:15")]
    public void In_forward_mode_minutes_ahead_are_a_moment(string text, string value)
    {
        var resolved = ClockTimeTests.Resolve(text, DateMode.Forward, "04:30");
        resolved.Kind.ShouldBe(TemporalKind.Date);
        resolved.Value.ShouldBe(value);
        resolved.Grain.ShouldBe("minute");
    }

    [Theory]
    [InlineData("In 5 minutes the doors open.", DateMode.News, "04:30", "PT5M")]
    [InlineData("in half an hour", DateMode.Forward, null, "PT30M")]
    public void Otherwise_minutes_ahead_are_a_length_of_time(string text, DateMode mode, string? now, string value)
    {
        var resolved = ClockTimeTests.Resolve(text, mode, now);
        resolved.Kind.ShouldBe(TemporalKind.Duration);
        resolved.Value.ShouldBe(value);
    }

    [Fact]
    public void A_gold_time_with_zero_seconds_matches_its_minutes()
    {
        string[] lines =
        [
            """{"text": "in 2 minutes", "ref": "2013-02-12T04:30:00-02:00", "expected": [{"span": "in 2 minutes", "value": "2013-02-12T04:32:00", "type": "TIME", "start": 0, "end": 12}]}""",
        ];

        DateSuiteScorer.Score(lines, DateMode.Forward, DateValueMatching.Exact, DateSuiteScorer.TimeType).Correct.ShouldBe(1);
    }
}
