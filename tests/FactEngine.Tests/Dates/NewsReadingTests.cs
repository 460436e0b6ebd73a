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
    [InlineData("The airline will double its flights to India by August.", "2022-02-13", "by August", "2022-08")]
    [InlineData("Traders have been waiting since shortly after the Oct. 23 crash.", "2022-05-06", "Oct. 23", "2021-10-23")]
    [InlineData("The summit would be held on April 24, an aide added.", "2022-02-10", "April 24", "2022-04-24")]
    public void Yearless_dates_follow_the_tense_of_their_clause(string text, string reference, string span, string value) =>
        Read(text, reference, span).ShouldBe(value);

    [Fact]
    public void A_compound_adjective_with_quarter_is_not_a_date()
    {
        const string text = "The quarter-to-quarter comparison was helped by a tax credit.";
        DateRecognizer.Find(text, 0, text.Length).ShouldBeEmpty();
    }

    /// <summary>The value of the date found at <paramref name="span"/>, resolved as the engine resolves it.</summary>
    internal static string Read(string text, string reference, string span)
    {
        var at = text.IndexOf(span, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0);
        var match = DateRecognizer.Find(text, 0, text.Length).FirstOrDefault(m => m.Start < at + span.Length && at < m.End);
        match.ShouldNotBeNull($"no date at \"{span}\" in \"{text}\"");
        text[match.Start..match.End].ShouldBe(span);
        var tense = TenseGuesser.Guess(text, 0, text.Length, match.Start);
        var context = new DateContext(DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture), DateMode.News, tense);
        return DateResolver.Resolve(match.Expression, context).Value;
    }
}
