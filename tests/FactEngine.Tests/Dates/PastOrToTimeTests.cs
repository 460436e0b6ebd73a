using FactEngine.Dates;

namespace FactEngine.Tests.Dates;

/// <summary>Minutes counted from an hour with its half of the day: "a quarter past 3pm", "15 to noon".</summary>
public class PastOrToTimeTests
{
    [Theory]
    [InlineData("a quarter past 3pm", "a quarter past 3pm", "2013-02-12T15:15")]
    [InlineData("at 20 past 3pm", "20 past 3pm", "2013-02-12T15:20")]
    [InlineData("15 minutes past noon", "15 minutes past noon", "2013-02-12T12:15")]
    [InlineData("half past 3 pm", "half past 3 pm", "2013-02-12T15:30")]
    [InlineData("a quarter to noon", "a quarter to noon", "2013-02-12T11:45")]
    [InlineData("15 to noon", "15 to noon", "2013-02-12T11:45")]
    [InlineData("20 minutes to 2pm tomorrow", "20 minutes to 2pm tomorrow", "2013-02-13T13:40")]
    public void In_forward_mode_minutes_from_an_hour_are_the_next_such_time(string text, string span, string value)
    {
        var match = DateRecognizer.Find(text, 0, text.Length)[0];
        text[match.Start..match.End].ShouldBe(span);
        var resolved = ClockTimeTests.Resolve(text, DateMode.Forward, "04:30");
        resolved.Kind.ShouldBe(TemporalKind.Date);
        resolved.Value.ShouldBe(value);
        resolved.Grain.ShouldBe("minute");
    }

    [Theory]
    [InlineData("The blast came at a quarter past 3 p.m.", "T15:15")]
    [InlineData("Polls closed at 10 minutes to midnight.", "T23:50")]
    public void In_news_mode_minutes_from_an_hour_are_a_time(string text, string value)
    {
        var resolved = ClockTimeTests.Resolve(text, DateMode.News, "04:30", Tense.Past);
        resolved.Kind.ShouldBe(TemporalKind.Time);
        resolved.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("The shop is open 5 to 7 pm.")]
    [InlineData("A quarter past three, he left.")]
    [InlineData("It rose a quarter to 3 percent.")]
    public void A_count_that_may_be_an_hour_or_an_hour_without_its_half_is_not_read(string text) =>
        DateRecognizer.Find(text, 0, text.Length)
            .Where(m => m.Expression is ClockTime { MinutesWritten: true, Minute: not 0 }).ShouldBeEmpty();
}
