using FactEngine.Dates;
using FactEngine.Evaluation;

namespace FactEngine.Tests.Dates;

/// <summary>Clock times: with a day on either side they add <c>Thh:mm</c> to the day's value (grain hour when only the
/// hour was written, minute otherwise); alone they are of kind Time, never a Date.</summary>
public class ClockTimeTests
{
    [Theory]
    [InlineData("The deadline is 9 a.m. Tuesday.", "2000-04-03", Tense.Unknown, "9 a.m. Tuesday", "2000-04-04T09:00", "hour")]
    [InlineData("They met Tuesday at 9 a.m.", "2000-04-05", Tense.Past, "Tuesday at 9 a.m.", "2000-04-04T09:00", "hour")]
    [InlineData("He spoke at 3:30 p.m. on Friday.", "2000-04-10", Tense.Past, "3:30 p.m. on Friday", "2000-04-07T15:30", "minute")]
    [InlineData("Talks resume at 9 a.m. on March 3.", "2000-02-20", Tense.Future, "9 a.m. on March 3", "2000-03-03T09:00", "hour")]
    [InlineData("The vote is set for March 3 at 9 a.m.", "2000-02-20", Tense.Future, "March 3 at 9 a.m.", "2000-03-03T09:00", "hour")]
    [InlineData("They met Tuesday at noon.", "2000-04-05", Tense.Past, "Tuesday at noon", "2000-04-04T12:00", "minute")]
    [InlineData("The offer expired at midnight Sunday.", "2000-04-05", Tense.Past, "midnight Sunday", "2000-04-02T24:00", "minute")]
    [InlineData("Trading opens at 14:30 GMT on Monday.", "2000-04-05", Tense.Future, "14:30 GMT on Monday", "2000-04-10T14:30", "minute")]
    [InlineData("He will leave at 4 a.m. EDT Thursday.", "2000-04-05", Tense.Future, "4 a.m. EDT Thursday", "2000-04-06T04:00", "hour")]
    [InlineData("It opened 10am, Jan. 5, 2021.", "2022-02-04", Tense.Past, "10am, Jan. 5, 2021", "2021-01-05T10:00", "hour")]
    [InlineData("It ends tomorrow at 5 o'clock.", "2022-02-04", Tense.Future, "tomorrow at 5 o'clock", "2022-02-05T05:00", "hour")]
    public void A_clock_time_adds_to_its_day(string text, string reference, Tense tense, string span, string value, string grain)
    {
        var (found, resolved) = DateReading.First(text, reference, tense);
        found.ShouldBe(span);
        resolved.Kind.ShouldBe(TemporalKind.Date);
        resolved.Value.ShouldBe(value);
        resolved.Grain.ShouldBe(grain);
    }

    [Fact]
    public void The_day_of_a_timed_date_resolves_as_it_does_alone()
    {
        DateReading.First("tomorrow at 5pm", "2013-02-12", Tense.Unknown, DateMode.Forward).Value.Value.ShouldBe("2013-02-13T17:00");
        DateReading.First("March 3, 2000 at 9:15 am", "2022-02-04", Tense.Past).Value.Anchor.ShouldBe("explicit");
    }

    [Theory]
    [InlineData("The talks will resume 9 a.m. Tuesday.", "2000-04-05", "9 a.m. Tuesday", "2000-04-11T09:00")]
    [InlineData("The talks resumed 9 a.m. Tuesday.", "2000-04-05", "9 a.m. Tuesday", "2000-04-04T09:00")]
    [InlineData("INS has given the relatives until 9 a.m. Tuesday to sign a paper.", "2000-04-03", "until 9 a.m. Tuesday", "2000-04-04T09:00")]
    [InlineData("''This courageous father will leave at 4 in the morning (4 a.m. EDT Thursday),'' Castro said.", "2000-04-05", "4 a.m. EDT Thursday",
        "2000-04-06T04:00")]
    public void A_timed_weekday_follows_the_tense_of_its_clause(string text, string reference, string span, string value) =>
        NewsReadingTests.Read(text, reference, span).ShouldBe(value);

    [Theory]
    [InlineData("He was shot at 10 p.m. as he stood in the kitchen.", "10 p.m.", "T22:00", "hour")]
    [InlineData("The father will leave at 4 in the morning.", "4 in the morning", "T04:00", "hour")]
    [InlineData("The men arrived around 7:15 p.m., police said.", "7:15 p.m.", "T19:15", "minute")]
    [InlineData("The polls close at 20:00 CET.", "20:00 CET", "T20:00", "minute")]
    [InlineData("Negotiations broke off at noon.", "noon", "T12:00", "minute")]
    [InlineData("The fire started at 3 o'clock in the afternoon.", "3 o'clock in the afternoon", "T15:00", "hour")]
    [InlineData("The fire started at 3:15 in the afternoon.", "3:15 in the afternoon", "T15:15", "minute")]
    public void A_clock_time_without_a_day_is_a_time_not_a_date(string text, string span, string value, string grain)
    {
        var (found, resolved) = DateReading.First(text, "2000-04-05", Tense.Past);
        found.ShouldBe(span);
        resolved.Kind.ShouldBe(TemporalKind.Time);
        resolved.Value.ShouldBe(value);
        resolved.Grain.ShouldBe(grain);
    }

    [Theory]
    [InlineData("at 3pm", "04:30", "2013-02-12T15:00", "hour")]
    [InlineData("3:18am", "04:30", "2013-02-13T03:18", "minute")]
    [InlineData("at 3 in the morning", "04:30", "2013-02-13T03:00", "hour")]
    [InlineData("4:23am", "04:30", "2013-02-12T04:23", "minute")]
    [InlineData("at noon", "04:30", "2013-02-12T12:00", "minute")]
    [InlineData("at 12am", "04:30", "2013-02-13T00:00", "hour")]
    [InlineData("at midnight", "04:30", "2013-02-13T00:00", "minute")]
    [InlineData("3:18am", null, "2013-02-12T03:18", "minute")]
    [InlineData("at 15h30", "04:30", "2013-02-12T15:30", "minute")]
    [InlineData("3h18", "04:30", "2013-02-13T03:18", "minute")]
    [InlineData("at three am", "04:30", "2013-02-13T03:00", "hour")]
    [InlineData("seven thirty p.m.", "04:30", "2013-02-12T19:30", "minute")]
    public void In_forward_mode_a_time_without_a_day_is_its_next_occurrence(string text, string? now, string value, string grain)
    {
        var resolved = Resolve(text, DateMode.Forward, now);
        resolved.Kind.ShouldBe(TemporalKind.Date);
        resolved.Value.ShouldBe(value);
        resolved.Grain.ShouldBe(grain);
        resolved.Anchor.ShouldBe(Anchor.Publication);
    }

    [Theory]
    [InlineData("at 3pm", "T15:00")]
    [InlineData("3:18am", "T03:18")]
    [InlineData("at midnight", "T24:00")]
    [InlineData("The polls closed at 13h30.", "T13:30")]
    [InlineData("They left at ten thirty in the evening.", "T22:30")]
    public void In_news_mode_a_time_without_a_day_stays_a_time_whatever_the_hour(string text, string value)
    {
        var resolved = Resolve(text, DateMode.News, "04:30");
        resolved.Kind.ShouldBe(TemporalKind.Time);
        resolved.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("in one hour", DateMode.Forward, "04:30", "2013-02-12T05:30")]
    [InlineData("in 24 hours", DateMode.Forward, "04:30", "2013-02-13T04:30")]
    [InlineData("in a couple of hours", DateMode.Forward, "23:10", "2013-02-13T01:10")]
    [InlineData("in one hour", DateMode.Forward, null, "2013-02-12")]
    [InlineData("in one hour", DateMode.News, "04:30", "2013-02-12")]
    public void Hours_from_the_reference_count_from_its_time_of_day_in_forward_mode(string text, DateMode mode, string? now, string value) =>
        Resolve(text, mode, now, Tense.Future).Value.ShouldBe(value);

    [Fact]
    public void The_suite_reference_gives_its_time_of_day_to_the_resolver()
    {
        string[] lines =
        [
            """{"text": "at 3am", "ref": "2013-02-12T04:30:00-02:00", "expected": [{"span": "at 3am", "value": "2013-02-13T03", "type": "TIME", "start": 0, "end": 6}]}""",
            """{"text": "at 3am", "ref": "2013-02-12", "expected": [{"span": "at 3am", "value": "2013-02-12T03", "type": "TIME", "start": 0, "end": 6}]}""",
        ];

        DateSuiteScorer.Score(lines, DateMode.Forward, DateValueMatching.Exact, DateSuiteScorer.TimeType).Correct.ShouldBe(2);
    }

    /// <summary>The first date of <paramref name="text"/>, resolved on 2013-02-12 at <paramref name="now"/> (or with no
    /// time of day).</summary>
    internal static TemporalValue Resolve(string text, DateMode mode, string? now, Tense tense = Tense.Unknown)
    {
        var match = DateRecognizer.Find(text, 0, text.Length)[0];
        TimeOnly? time = now is null ? null : TimeOnly.Parse(now, System.Globalization.CultureInfo.InvariantCulture);
        return DateResolver.Resolve(match.Expression, new DateContext(new DateOnly(2013, 2, 12), mode, tense, ReferenceTime: time));
    }

    [Theory]
    [InlineData("He cited John 3:16 in his speech.")]
    [InlineData("The team won 9:30 in the end.")]
    [InlineData("The vote was 12:10 in favour.")]
    [InlineData("He drove a 24h race and a 3h stage.")]
    [InlineData("The one PM who stayed was praised.")]
    [InlineData("Only one am I sure of.")]
    public void Ambiguous_numbers_are_not_clock_times(string text) =>
        DateRecognizer.Find(text, 0, text.Length).Where(m => m.Expression is ClockTime).ShouldBeEmpty();

    [Fact]
    public void The_scorer_counts_a_time_without_a_day_neither_as_found_nor_as_spurious_date()
    {
        string[] lines =
        [
            """{"text": "He was shot at 10 p.m. Friday night.", "ref": "1998-10-24", "expected": [{"span": "Friday night", "value": "1998-10-23TNI", "type": "TIME", "start": 23, "end": 35}]}""",
            """{"text": "He was shot at 10 p.m. as he stood.", "ref": "1998-10-24", "expected": []}""",
        ];

        var dates = DateSuiteScorer.Score(lines, DateMode.News);
        dates.Found.ShouldBe(1);
        dates.Spurious.ShouldBe(0);

        var times = DateSuiteScorer.Score(lines, DateMode.News, DateValueMatching.Exact, DateSuiteScorer.TimeType);
        times.GoldDates.ShouldBe(1);
        times.Found.ShouldBe(2);
        times.Spurious.ShouldBe(1);
    }

    [Fact]
    public void A_gold_time_at_the_hour_matches_its_minutes()
    {
        string[] lines =
        [
            """{"text": "tomorrow at 5pm", "ref": "2013-02-12", "expected": [{"span": "tomorrow at 5pm", "value": "2013-02-13T17", "type": "TIME", "start": 0, "end": 15}]}""",
        ];

        DateSuiteScorer.Score(lines, DateMode.Forward, DateValueMatching.Exact, DateSuiteScorer.TimeType).Correct.ShouldBe(1);
    }
}
