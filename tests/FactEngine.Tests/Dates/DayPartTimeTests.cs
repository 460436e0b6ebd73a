using FactEngine.Dates;

namespace FactEngine.Tests.Dates;

/// <summary>Clock times in a part of a day ("tonight at 8", "3 this afternoon", "tomorrow morning at 9"): the part
/// chooses the half of the day of a bare hour; "tonight", "this morning" name the reference day in news mode and the next
/// occurrence in forward mode. All resolved on 2013-02-12 at 04:30.</summary>
public class DayPartTimeTests
{
    [Theory]
    [InlineData("tonight at 8", "tonight at 8", "2013-02-12T20:00", "hour")]
    [InlineData("8 tonight", "8 tonight", "2013-02-12T20:00", "hour")]
    [InlineData("tonight at 8 o'clock", "tonight at 8 o'clock", "2013-02-12T20:00", "hour")]
    [InlineData("tonight @ 3:20", "tonight @ 3:20", "2013-02-12T15:20", "minute")]
    [InlineData("this afternoon at 3", "this afternoon at 3", "2013-02-12T15:00", "hour")]
    [InlineData("3 this afternoon", "3 this afternoon", "2013-02-12T15:00", "hour")]
    [InlineData("8 this evening", "8 this evening", "2013-02-12T20:00", "hour")]
    [InlineData("this evening at 12", "this evening at 12", "2013-02-13T00:00", "hour")]
    [InlineData("this morning @ 10", "this morning @ 10", "2013-02-12T10:00", "hour")]
    [InlineData("this morning at 10am", "this morning at 10am", "2013-02-12T10:00", "hour")]
    [InlineData("this morning at 3", "this morning at 3", "2013-02-13T03:00", "hour")]
    [InlineData("tomorrow morning at 9", "tomorrow morning at 9", "2013-02-13T09:00", "hour")]
    [InlineData("9 tomorrow evening", "9 tomorrow evening", "2013-02-13T21:00", "hour")]
    [InlineData("at 5 tomorrow afternoon", "5 tomorrow afternoon", "2013-02-13T17:00", "hour")]
    [InlineData("Saturday morning at 9", "Saturday morning at 9", "2013-02-16T09:00", "hour")]
    public void In_forward_mode_the_part_of_day_fixes_the_hour(string text, string span, string value, string grain)
    {
        var match = DateRecognizer.Find(text, 0, text.Length)[0];
        text[match.Start..match.End].ShouldBe(span);
        var resolved = ClockTimeTests.Resolve(text, DateMode.Forward, "04:30");
        resolved.Kind.ShouldBe(TemporalKind.Date);
        resolved.Value.ShouldBe(value);
        resolved.Grain.ShouldBe(grain);
    }

    [Theory]
    [InlineData("The vote is tonight at 8.", "2013-02-12T20:00")]
    [InlineData("He will speak at 3 this afternoon.", "2013-02-12T15:00")]
    [InlineData("The fire broke out this morning at 3.", "2013-02-12T03:00")]
    [InlineData("Talks resume tomorrow morning at 9.", "2013-02-13T09:00")]
    [InlineData("He left Saturday evening at 9.", "2013-02-09T21:00")]
    public void In_news_mode_the_part_of_day_names_its_day(string text, string value)
    {
        var tense = text.Contains(" left ", StringComparison.Ordinal) ? Tense.Past : Tense.Unknown;
        var resolved = ClockTimeTests.Resolve(text, DateMode.News, "04:30", tense);
        resolved.Kind.ShouldBe(TemporalKind.Date);
        resolved.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("He scored 3 this season.")]
    [InlineData("Tonight 3 people were hurt.")]
    [InlineData("This morning at the plant, workers met.")]
    [InlineData("Listened to Radio 1 this morning when I was driving.")]
    [InlineData("He hosts the Radio 1 Thursday night show.")]
    [InlineData("Copper hit a low this morning at 1,220 stg.")]
    [InlineData("The bonds traded this morning at 9.50 pct.")]
    public void A_number_near_a_part_of_day_is_not_a_time(string text) =>
        DateRecognizer.Find(text, 0, text.Length).Where(m => m.Expression is TimeInPartOfDay).ShouldBeEmpty();
}
