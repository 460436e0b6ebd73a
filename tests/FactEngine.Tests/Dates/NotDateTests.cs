using FactEngine.Dates;

namespace FactEngine.Tests.Dates;

/// <summary>Text that looks like a date but is not one, or not one date: amounts, names, two vague references.</summary>
public class NotDateTests
{
    private static string[] Spans(string text) =>
        [.. DateRecognizer.Find(text, 0, text.Length).Select(m => text[m.Start..m.End])];

    [Theory]
    [InlineData("Only $4-5 billion of the assets are held in Europe.")]
    [InlineData("Prices rose 4-5% last spring.", "last spring")]
    [InlineData("It costs £3/4 million to run.")]
    [InlineData("Growth of 2-3 percent is forecast.")]
    public void Digits_that_are_an_amount_are_not_a_date(string text, params string[] dates) =>
        Spans(text).ShouldBe(dates);

    [Theory]
    [InlineData("The channel once known as Russia Today was taken off air.")]
    [InlineData("He told USA Today that he would run.")]
    public void Today_in_a_name_is_not_a_date(string text) =>
        Spans(text).ShouldBeEmpty();

    [Theory]
    [InlineData("Today the talks resumed.", "Today")]
    [InlineData("The talks resumed on Monday Today, officials said.", "Monday", "Today")]
    public void Today_that_opens_a_sentence_or_follows_a_date_word_is_a_date(string text, params string[] dates) =>
        Spans(text).ShouldBe(dates);

    [Theory]
    [InlineData("He deputised for Theresa May.")]
    [InlineData("Resolution ES-11/1 condemned the invasion.")]
    [InlineData("Pilots will train on F-16s and MiG-29s.")]
    [InlineData("Water from a spring, and leaves fall.")]
    [InlineData("The centre is in 24/7 response mode.")]
    public void Surnames_and_designations_are_not_dates(string text) =>
        Spans(text).ShouldBeEmpty();

    [Theory]
    [InlineData("Talks began in May, Theresa May said.", "May")]
    [InlineData("Sep-2012", "2012")]
    [InlineData("Talks have stalled since May.", "since May")]
    public void Months_after_a_preposition_or_as_an_abbreviation_stay_dates(string text, params string[] dates) =>
        Spans(text).ShouldBe(dates);

    [Theory]
    [InlineData("He offered to postpone it by 10-15 years.", "10-15 years")]
    [InlineData("It cannot be done in 3-4 days.", "3-4 days")]
    [InlineData("Results for the 1988 quarter were weak.", "the 1988 quarter")]
    public void A_number_range_before_a_unit_is_a_count(string text, string span) =>
        Spans(text).ShouldBe([span]);

    [Theory]
    [InlineData("Hewitt lost the first set 6-1 to Safin.")]
    [InlineData("Liverpool earned a 2-1 win over Olympiakos.")]
    [InlineData("The bookmakers give the film 4/9 odds, and its rival 25/1.")]
    public void Scores_and_odds_are_not_dates(string text) =>
        Spans(text).ShouldBeEmpty();

    [Theory]
    [InlineData("The vote begins on 3/15.", "3/15")]
    [InlineData("The vote closes by 3-1, officials said.", "by 3-1")]
    [InlineData("2/15 was the deadline.", "2/15")]
    public void Numeric_days_after_a_date_preposition_or_opening_a_sentence_stay_dates(string text, string span) =>
        Spans(text).ShouldBe([span]);

    [Fact]
    public void Two_vague_references_joined_by_a_dash_are_two_expressions() =>
        Spans("Regions rebelled over past decades – currently including Catalonia.").ShouldBe(["past decades", "currently"]);

    [Fact]
    public void A_vague_reference_may_open_a_range_to_a_date()
    {
        var text = "It will be the theme from now to Election Day.";
        var match = DateRecognizer.Find(text, 0, text.Length).ShouldHaveSingleItem();
        text[match.Start..match.End].ShouldBe("from now to Election Day");
    }
}
