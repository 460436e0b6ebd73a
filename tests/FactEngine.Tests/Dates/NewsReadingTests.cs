using FactEngine.Dates;

namespace FactEngine.Tests.Dates;

/// <summary>News readings that depend on the rest of the sentence (its tense, the results it reports): each row finds
/// the date named by the span, with the tense guessed as the engine guesses it, and checks its value.</summary>
public class NewsReadingTests
{
    [Theory]
    [InlineData("Third-quarter profit at the brewer rose 12% from a year ago.", "2022-10-27", "from a year ago", "2021-Q3")]
    [InlineData("The miner said its loss in the second quarter narrowed from a year-earlier loss of $4 million.", "2022-08-03", "year-earlier", "2021-Q2")]
    [InlineData("For the nine months, the bank earned $9 million, against $7 million a year earlier.", "2022-10-27", "a year earlier", "2021")]
    [InlineData("In the first nine months, net was $30 million, against $21 million in the 2021 period.", "2022-10-27", "the 2021 period", "2021")]
    [InlineData("Net income was $2 million, compared with $1 million for the corresponding period last year.", "2022-10-27", "the corresponding period last year", "2021-Q3")]
    [InlineData("Export sales for last year's quarter were about $5 million.", "2022-10-27", "last year's quarter", "2021-Q3")]
    [InlineData("Its year-ago results were restated.", "2022-10-27", "year-ago", "2021-Q3")]
    public void Year_ago_readings_follow_the_reported_results(string text, string reference, string span, string value) =>
        Read(text, reference, span).ShouldBe(value);

    [Theory]
    [InlineData("In the quarter ended July 31, the retailer lost $2 million.", "2022-10-30", "the quarter", "2022-Q2")]
    [InlineData("Profit in the quarter ended Sept. 30 rose 8%.", "2022-10-30", "the quarter", "2022-Q3")]
    [InlineData("In the quarter ending Aug. 27, sales fell.", "2022-10-30", "the quarter", "2022-Q3")]
    [InlineData("In the quarter ended July 31, the retailer lost $2 million.", "2022-10-30", "July 31", "2022-07-31")]
    public void A_quarter_named_by_its_end_is_the_calendar_quarter_holding_most_of_it(string text, string reference, string span, string value) =>
        Read(text, reference, span).ShouldBe(value);

    [Theory]
    [InlineData("The airline will double its flights to India by August.", "2022-02-13", "by August", "2022-08")]
    [InlineData("Traders have been waiting since shortly after the Oct. 23 crash.", "2022-05-06", "Oct. 23", "2021-10-23")]
    [InlineData("The summit would be held on April 24, an aide added.", "2022-02-10", "April 24", "2022-04-24")]
    [InlineData("The April 15 draft seems as good a starting point as any.", "2024-04-19", "April 15", "2024-04-15")]
    [InlineData("Exports in the last quarter of 2023 were weak.", "2024-04-19", "the last quarter of 2023", "2023-Q4")]
    [InlineData("Then came the horror of 9/11.", "2022-09-05", "9/11", "2001-09-11")]
    [InlineData("Arsenal start the 2006/07 season at a new stadium.", "2005-02-01", "2006/07", "2006")]
    [InlineData("Sales in 2022-01 rose.", "2022-05-01", "2022-01", "2022-01")]
    [InlineData("The vote is scheduled for 9/11.", "2022-09-05", "9/11", "2022-09-11")]
    [InlineData("The offensive will start in spring.", "2024-01-19", "in spring", "2024-SP")]
    [InlineData("They met in the fall.", "2024-04-19", "in the fall", "2023-FA")]
    [InlineData("Imports fell in the last quarter of last year.", "2024-04-19", "the last quarter of last year", "2023-Q4")]
    [InlineData("Talks resume starting May 2, an aide said.", "2024-04-19", "May 2", "2024-05-02")]
    [InlineData("Officials postponed until Tuesday any decision on the permit.", "2022-03-10", "until Tuesday", "2022-03-15")]
    [InlineData("The court adjourned the hearing to Monday.", "2022-03-10", "Monday", "2022-03-14")]
    [InlineData("The court heard the case until Tuesday.", "2022-03-10", "until Tuesday", "2022-03-08")]
    [InlineData("The dividend would be paid on a still unspecified date in March.", "2022-10-26", "March", "2023-03")]
    [InlineData("The bonds will fund a newly announced plant opening in May.", "2022-10-26", "May", "2023-05")]
    [InlineData("On Monday, the city planned to reopen its schools.", "2022-03-09", "Monday", "2022-03-07")]
    [InlineData("The city planned to reopen its schools on Monday.", "2022-03-09", "Monday", "2022-03-14")]
    public void Yearless_dates_follow_the_tense_of_their_clause(string text, string reference, string span, string value) =>
        Read(text, reference, span).ShouldBe(value);

    [Theory]
    [InlineData("The envoys will meet in Oslo on June 8 and 9.", "2022-05-01", "9", "2022-06-09")]
    [InlineData("Polls open on March 3, 4 and 5 in most states.", "2022-02-01", "5", "2022-03-05")]
    [InlineData("Flights were grounded between Jan. 12 and 14 last year.", "2022-02-01", "14", "2022-01-14")]
    [InlineData("The team played on Oct. 2 and 3rd, winning both.", "2022-11-01", "3rd", "2022-10-03")]
    public void Bare_days_listed_after_a_month_day_take_its_month(string text, string reference, string span, string value) =>
        Read(text, reference, span).ShouldBe(value);

    [Theory]
    [InlineData("On May 2 and 3 people were hurt.")]
    [InlineData("Shares rose 2% on May 2 and 3.5% on average.")]
    public void A_count_after_a_month_day_is_not_a_day(string text) =>
        DateRecognizer.Find(text, 0, text.Length).ShouldHaveSingleItem();

    [Theory]
    [InlineData("Sales rose in 2019, and the following year they fell.", "2022-05-01", "the following year", "2020")]
    [InlineData("She moved to Ohio in June 2019 and left later that year.", "2022-05-01", "later that year", "2019")]
    [InlineData("They signed in May of 2023 and finished by October of that year.", "2024-05-06", "by October of that year", "2023-10")]
    [InlineData("He met the mayor on March 3, 2021 and flew to Lagos later in the day.", "2022-05-01", "later in the day", "2021-03-03")]
    [InlineData("Imports were $3 million in 2018, a small share of all imports that year.", "2022-05-01", "that year", "2018")]
    [InlineData("Membership fell through the nineties.", "2022-05-01", "the nineties", "199X")]
    [InlineData("Turnout was higher several years ago.", "2022-05-01", "several years ago", "PAST_REF")]
    [InlineData("Rates have fallen in the last few months.", "2022-05-01", "the last few months", "PAST_REF")]
    [InlineData("He said at the time he would resign.", "2022-05-01", "at the time", "PAST_REF")]
    [InlineData("The day before last Tuesday's hearing, he met his lawyers.", "2022-05-05", "The day before last Tuesday", "2022-05-02")]
    [InlineData("Bonds rallied on June 9, the day before the central bank cut rates.", "2022-07-01", "the day before", "2022-06-09")]
    [InlineData("She flew home on June 9, the day after the vote was counted.", "2022-07-01", "the day after", "2022-06-09")]
    [InlineData("The vote was counted on June 9. She had flown home the day before.", "2022-07-01", "the day before", "2022-06-08")]
    [InlineData("Holders may buy shares at half the then-current price.", "2022-05-01", "then-current", "PAST_REF")]
    [InlineData("The deal should close by year-end.", "2022-10-30", "by year-end", "2022-12-31")]
    [InlineData("The index is up 5% since year-end.", "2022-10-30", "since year-end", "2021-12-31")]
    [InlineData("Rules should be in place by year's end.", "2022-10-30", "by year's end", "2022")]
    [InlineData("The merger should be complete by year end.", "2022-10-30", "by year end", "2022-12-31")]
    [InlineData("Prosecutors may soon seek an indictment.", "2022-10-30", "soon", "FUTURE_REF")]
    [InlineData("They want a deal as soon as possible.", "2022-10-30", "as soon as possible", "FUTURE_REF")]
    [InlineData("The bank will raise more money at a later date.", "2022-10-30", "a later date", "FUTURE_REF")]
    [InlineData("Solar power may one day be the cheapest source.", "2022-10-30", "one day", "FUTURE_REF")]
    [InlineData("Prices may fall in a year or two.", "2022-10-30", "in a year or two", "FUTURE_REF")]
    [InlineData("Prices peaked in the winter of nineteen ninety-four.", "1998-02-23", "the winter of nineteen ninety-four", "1994-WI")]
    [InlineData("Earnings soared to a record in the fiscal first quarter.", "1989-10-26", "the fiscal first quarter", "1989-Q1")]
    [InlineData("The spin-off could be effective as early as next year's first quarter.", "1989-10-31", "next year's first quarter", "1990-Q1")]
    public void News_forms_resolve(string text, string reference, string span, string value) =>
        Read(text, reference, span).ShouldBe(value);

    [Theory]
    [InlineData("Within two days, sixty officials had resigned.", "P2D")]
    [InlineData("The city fell in three weeks.", "P3W")]
    public void A_span_ahead_in_a_past_clause_is_a_duration(string text, string value)
    {
        var (_, resolved) = DateReading.First(text, "2022-09-05", TenseGuesser.Guess(text, 0, text.Length, 0));
        resolved.Kind.ShouldBe(TemporalKind.Duration);
        resolved.Value.ShouldBe(value);
    }

    [Fact]
    public void A_span_ahead_in_a_past_clause_is_a_duration_without_a_reference_too()
    {
        const string text = "She sprinted clear to win in two hours, 23 minutes and 10 seconds.";
        var (_, resolved) = DateReading.First(text, null, Tense.Past);
        (resolved.Kind, resolved.Value).ShouldBe((TemporalKind.Duration, "PT2H"));
    }

    [Fact]
    public void A_span_ahead_in_a_future_clause_is_a_date() =>
        DateReading.First("They will decide within two days.", "2022-09-05", Tense.Future).Value.Value.ShouldBe("2022-09-07");

    [Theory]
    [InlineData("He was soon released.")]
    [InlineData("The money soon became a flood.")]
    [InlineData("They left soon after the attack.")]
    public void Soon_relative_to_an_event_is_not_a_date(string text) =>
        DateRecognizer.Find(text, 0, text.Length).ShouldBeEmpty();

    [Theory]
    [InlineData("Spending rose 0.2%, the smallest gain in a year.", "in a year", "P1Y")]
    [InlineData("Oil hit the highest level in a decade.", "in a decade", "P1DE")]
    [InlineData("For the first time in five years, exports fell.", "in five years", "P5Y")]
    [InlineData("It was the third time in 100 years.", "in 100 years", "P100Y")]
    [InlineData("She is the first minister to visit Australia in 13 years.", "in 13 years", "P13Y")]
    [InlineData("It is the largest funding boost for policing in a decade.", "in a decade", "P1DE")]
    public void In_a_year_after_a_superlative_is_a_length_of_time(string text, string span, string value)
    {
        var match = DateRecognizer.Find(text, 0, text.Length).ShouldHaveSingleItem();
        text[match.Start..match.End].ShouldBe(span);
        var resolved = DateResolver.Resolve(match.Expression, new DateContext(new DateOnly(2022, 5, 1), DateMode.News, Tense.Past));
        resolved.Kind.ShouldBe(TemporalKind.Duration);
        resolved.Value.ShouldBe(value);
    }

    [Fact]
    public void In_two_years_after_a_verb_stays_a_point()
    {
        Read("The biggest bank will merge in two years.", "2022-05-01", "in two years").ShouldBe("2024");
    }

    [Fact]
    public void As_soon_as_a_weekday_keeps_only_the_weekday()
    {
        const string text = "The group might arrive as soon as Tuesday.";
        DateRecognizer.Find(text, 0, text.Length).Select(m => text[m.Start..m.End]).ShouldBe(["Tuesday"]);
    }

    [Fact]
    public void A_compound_adjective_with_quarter_is_not_a_date()
    {
        const string text = "The quarter-to-quarter comparison was helped by a tax credit.";
        DateRecognizer.Find(text, 0, text.Length).ShouldBeEmpty();
    }

    /// <summary>The value of the date found at <paramref name="span"/>, resolved as the engine resolves it: with the
    /// guessed tense and the previous date of the text.</summary>
    internal static string Read(string text, string reference, string span)
    {
        var at = text.IndexOf(span, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0);
        var referenceDate = DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture);
        TemporalValue? previous = null;
        foreach (var match in DateRecognizer.Find(text, 0, text.Length))
        {
            var tense = TenseGuesser.Guess(text, 0, text.Length, match.Start);
            var value = DateResolver.Resolve(match.Expression, new DateContext(referenceDate, DateMode.News, tense, previous));
            if (match.Start < at + span.Length && at < match.End)
            {
                text[match.Start..match.End].ShouldBe(span);
                return value.Value;
            }

            if (value.Kind == TemporalKind.Date && value.Resolved)
            {
                previous = value;
            }
        }

        throw new ShouldAssertException($"no date at \"{span}\" in \"{text}\"");
    }
}
