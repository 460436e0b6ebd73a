using FactEngine.Dates;

namespace FactEngine.Tests.Dates;

/// <summary>The forms issue 3 asks for, one row each: (text, reference, tense, mode) → (span, value, grain, anchor).</summary>
public class DateFormTests
{
    [Theory]
    [InlineData("on 26 Jan 2022", "2022-02-04", Tense.Past, "26 Jan 2022", "2022-01-26", "day", "explicit")]
    [InlineData("January 26th, 2022 was cold", "2022-02-04", Tense.Past, "January 26th, 2022", "2022-01-26", "day", "explicit")]
    [InlineData("signed 26.01.2022 in Minsk", "2022-02-04", Tense.Past, "26.01.2022", "2022-01-26", "day", "explicit")]
    [InlineData("signed 1/26/2022 in Minsk", "2022-02-04", Tense.Past, "1/26/2022", "2022-01-26", "day", "explicit")]
    [InlineData("signed 25/05/2015 in Minsk", "2022-02-04", Tense.Past, "25/05/2015", "2015-05-25", "day", "explicit")]
    [InlineData("in the 1990s", "2022-02-04", Tense.Past, "the 1990s", "199X", "decade", "explicit")]
    [InlineData("in summer 2021", "2022-02-04", Tense.Past, "summer 2021", "2021-SU", "season", "explicit")]
    [InlineData("in the third quarter", "2022-11-04", Tense.Past, "the third quarter", "2022-Q3", "quarter", "publication-date")]
    [InlineData("Q1 2022 results", "2022-11-04", Tense.Past, "Q1 2022", "2022-Q1", "quarter", "explicit")]
    [InlineData("Margins shrank in the second half of 2021.", "2022-11-04", Tense.Past, "the second half of 2021", "2021-H2", "half", "explicit")]
    [InlineData("Sales were flat for the last half of 2019.", "2022-11-04", Tense.Past, "the last half of 2019", "2019-H2", "half", "explicit")]
    [InlineData("Demand should pick up in the first two quarters of 2023.", "2022-11-04", Tense.Future, "the first two quarters of 2023", "2023-H1", "half", "explicit")]
    [InlineData("The plant will open in the first half of next year.", "2022-11-04", Tense.Future, "the first half of next year", "2023-H1", "half", "publication-date")]
    [InlineData("They met last Tuesday.", "2022-02-04", Tense.Past, "last Tuesday", "2022-02-01", "day", "publication-date")]
    [InlineData("They meet next Monday.", "2022-02-04", Tense.Future, "next Monday", "2022-02-07", "day", "publication-date")]
    [InlineData("It happened two days ago.", "2022-02-04", Tense.Past, "two days ago", "2022-02-02", "day", "publication-date")]
    [InlineData("It happened a fortnight ago.", "2022-02-04", Tense.Past, "a fortnight ago", "2022-W03", "week", "publication-date")]
    [InlineData("It happened a week or so ago.", "2022-02-04", Tense.Past, "a week or so ago", "2022-W04", "week", "publication-date")]
    [InlineData("It happened a month or so ago.", "2022-02-04", Tense.Past, "a month or so ago", "2022-01", "month", "publication-date")]
    [InlineData("It happened earlier this month.", "2022-02-04", Tense.Past, "earlier this month", "2022-02", "month", "publication-date")]
    [InlineData("It will happen next year.", "2022-02-04", Tense.Future, "next year", "2023", "year", "publication-date")]
    [InlineData("Talks ran from 13 to 17 September.", "2022-10-04", Tense.Past, "from 13 to 17 September", "2022-09-13", "day", "publication-date")]
    [InlineData("Fighting has gone on since 2014.", "2022-02-04", Tense.Present, "since 2014", "2014", "year", "explicit")]
    [InlineData("Troops will leave by 2025.", "2022-02-04", Tense.Future, "by 2025", "2025", "year", "explicit")]
    [InlineData("It held until the end of the year.", "2022-02-04", Tense.Past, "until the end of the year", "2022", "year", "publication-date")]
    [InlineData("They met on Christmas Day.", "2022-02-04", Tense.Past, "Christmas Day", "2021-12-25", "day", "publication-date")]
    [InlineData("Pilgrims crowded the city during Holy Week.", "2022-04-20", Tense.Past, "Holy Week", "2022-W15", "week", "publication-date")]
    [InlineData("Easter week 2019 was quiet.", "2022-02-04", Tense.Past, "Easter week 2019", "2019-W16", "week", "explicit")]
    [InlineData("Elections are due this September.", "2022-06-26", Tense.Future, "this September", "2022-09", "month", "publication-date")]
    [InlineData("Sales fell last May.", "2022-10-26", Tense.Past, "last May", "2022-05", "month", "publication-date")]
    [InlineData("It extended its offer to Nov. 20.", "2022-11-02", Tense.Past, "Nov. 20", "2022-11-20", "day", "publication-date")]
    [InlineData("It was signed on Dec. 20.", "2022-11-02", Tense.Past, "Dec. 20", "2021-12-20", "day", "publication-date")]
    [InlineData("She resigned in December for health reasons.", "2022-10-02", Tense.Past, "December", "2021-12", "month", "publication-date")]
    public void Forms_resolve_in_news_mode(string text, string reference, Tense tense, string span, string value, string grain, string anchor)
    {
        var (found, resolved) = DateReading.First(text, reference, tense);
        found.ShouldBe(span);
        resolved.Value.ShouldBe(value);
        resolved.Grain.ShouldBe(grain);
        resolved.Anchor.ShouldBe(anchor);
    }

    [Theory]
    [InlineData("sunday", "2013-02-17", "day")]
    [InlineData("May", "2013-05", "month")]
    [InlineData("the first Monday of October", "2013-10-07", "day")]
    [InlineData("thanksgiving", "2013-11-28", "day")]
    [InlineData("3 fridays from now", "2013-03-01", "day")]
    [InlineData("King's Day 2018", "2018-04-27", "day")]
    [InlineData("koningsdag 2014", "2014-04-26", "day")]
    [InlineData("world vegan day", "2013-11-01", "day")]
    [InlineData("thanksgiving in a year", "2014-11-27", "day")]
    [InlineData("thanksgiving 3 months ago", "2012-11-22", "day")]
    [InlineData("March in 1 year", "2014-03", "month")]
    [InlineData("first week of october 2014", "2014-W41", "week")]
    [InlineData("last week of september 2014", "2014-W39", "week")]
    [InlineData("the third last week of 2018", "2018-W50", "week")]
    [InlineData("in 2014 B.C.", "-2014", "year")]
    [InlineData("in 14 a.d.", "0014", "year")]
    [InlineData("the ides of march", "2013-03-15", "day")]
    [InlineData("holocaust memorial day", "2014-01-27", "day")]
    [InlineData("the 24", "2013-02-24", "day")]
    [InlineData("On 24th", "2013-02-24", "day")]
    [InlineData("on the first", "2013-03-01", "day")]
    [InlineData("tomorrows", "2013-02-13", "day")]
    [InlineData("sat", "2013-02-16", "day")]
    [InlineData("mon.", "2013-02-18", "day")]
    [InlineData("Thu 15th", "2013-08-15", "day")]
    [InlineData("Jul 18, Fri", "2014-07-18", "day")]
    [InlineData("March after next", "2014-03", "month")]
    [InlineData("18q4", "2018-Q4", "quarter")]
    [InlineData("sunday from last week", "2013-02-10", "day")]
    [InlineData("last week's sunday", "2013-02-10", "day")]
    [InlineData("the 5th last day of May", "2013-05-27", "day")]
    [InlineData("the week of october 6th", "2013-W41", "week")]
    [InlineData("third tuesday after christmas 2014", "2015-01-13", "day")]
    [InlineData("3 years from today", "2016-02-12", "day")]
    [InlineData("the closest Monday to Oct 5th", "2013-10-07", "day")]
    [InlineData("the second closest Mon to October fifth", "2013-09-30", "day")]
    [InlineData("the 3rd closest xmas to today", "2011-12-25", "day")]
    [InlineData("Lakshmi Puja six years hence", "2019-10-27", "day")]
    public void Forms_resolve_in_forward_mode(string text, string value, string grain)
    {
        var (_, resolved) = DateReading.First(text, "2013-02-12", Tense.Unknown, DateMode.Forward);
        resolved.Value.ShouldBe(value);
        resolved.Grain.ShouldBe(grain);
    }

    [Theory]
    [InlineData("The siege lasted for three weeks.", "three weeks", "P3W")]
    [InlineData("a sentence of 10-15 years", "10-15 years", "P10Y")]
    public void Durations_are_reported_as_durations(string text, string span, string value)
    {
        var (found, resolved) = DateReading.First(text, "2022-02-04", Tense.Past);
        found.ShouldBe(span);
        resolved.Kind.ShouldBe(TemporalKind.Duration);
        resolved.Value.ShouldBe(value);
    }

    [Fact]
    public void Ambiguous_numeric_dates_keep_the_swapped_reading_as_alternative()
    {
        var (_, resolved) = DateReading.First("on 3/4/2022", "2022-05-01", Tense.Past);
        resolved.Value.ShouldBe("2022-03-04");
        resolved.Alternative.ShouldBe("2022-04-03");
    }

    [Fact]
    public void The_day_before_counts_from_the_previous_date()
    {
        var matches = DateRecognizer.Find("the day before", 0, 14);
        var previous = new TemporalValue(TemporalKind.Date, "2022-01-26", "day", "publication-date");
        var resolved = DateResolver.Resolve(matches[0].Expression, new DateContext(new DateOnly(2022, 2, 4), DateMode.News, Tense.Past, previous));
        resolved.Value.ShouldBe("2022-01-25");
        resolved.Anchor.ShouldBe("previous-date");
    }

    [Theory]
    [InlineData("They will meet on Friday.", Tense.Future)]
    [InlineData("They met on Friday.", Tense.Past)]
    [InlineData("They were attacked on Friday.", Tense.Past)]
    [InlineData("The dividend will be paid Dec. 14.", Tense.Future)]
    [InlineData("The meeting is on Friday.", Tense.Present)]
    [InlineData("The peace talks were set to resume Friday.", Tense.Future)]
    [InlineData("Trading in Paris is to resume Friday.", Tense.Future)]
    [InlineData("The meeting is today, Friday.", Tense.Present)]
    [InlineData("They were killed next to the embassy on Friday.", Tense.Past)]
    [InlineData("The bonds would go on sale on Friday.", Tense.Future)]
    [InlineData("Police have arrested two men on Friday.", Tense.Past)]
    [InlineData("The firm has already sold its stake on Friday.", Tense.Past)]
    [InlineData("Farmers were planning to march on Friday.", Tense.Future)]
    [InlineData("The price is 24% over Friday's close.", Tense.Past)]
    [InlineData("Holders tendered 99% of the shares by the Friday deadline.", Tense.Past)]
    [InlineData("Officials said they did not plan to move him on Friday.", Tense.Future)]
    [InlineData("The plan was approved on Friday.", Tense.Past)]
    [InlineData("The group announced plans on Friday to sell its unit.", Tense.Past)]
    public void Tense_is_guessed_from_the_nearest_verb_cue(string text, Tense tense)
    {
        var at = text.IndexOf("Friday", StringComparison.Ordinal) is var i and >= 0 ? i : text.IndexOf("Dec", StringComparison.Ordinal);
        TenseGuesser.Guess(text, 0, text.Length, at).ShouldBe(tense);
    }

    [Fact]
    public void Values_do_not_depend_on_the_day_the_code_runs()
    {
        var first = DateReading.First("They met yesterday.", "2022-02-04", Tense.Past).Value;
        var second = DateReading.First("They met yesterday.", "2022-02-04", Tense.Past).Value;
        second.ShouldBe(first);
        first.Value.ShouldBe("2022-02-03");
    }
}
