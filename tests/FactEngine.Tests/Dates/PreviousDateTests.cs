using FactEngine.Dates;
using FactEngine.Tests.Support;

namespace FactEngine.Tests.Dates;

/// <summary>In an extracted article, "that year" and "the day before" count from the date before them in the text,
/// also when it is in an earlier sentence, and a claim's date keeps that reading.</summary>
public class PreviousDateTests
{
    private const string Rules = """
        lexicon Actor as actor { Germany; Poland; }
        claim handover(giver: actor*, item: text, recipient: actor*, when: date?);
        rule r { match giver:@Actor trigger:~send item:<word> to recipient:@Actor; emit handover(when = nearest @Date); }
        """;

    [Theory]
    [InlineData("Talks began in May 2019. Germany sent tanks to Poland in October of that year.", "2019-10")]
    [InlineData("The talks ended on March 3, 2021. Germany sent tanks to Poland the day before.", "2021-03-02")]
    [InlineData("Sales fell in the second quarter of 2021. Germany sent tanks to Poland that quarter.", "2021-Q2")]
    [InlineData("The talks ended on March 3, 2021. Germany sent tanks to Poland the following week.", "2021-W10")]
    [InlineData("The talks ended in May 2021. Germany sent tanks to Poland the following quarter.", "2021-Q3")]
    public void Claim_dates_count_from_the_previous_date_of_the_article(string text, string when)
    {
        var extraction = TestRules.Extract(TestRules.CompileOk(Rules), text, new DateOnly(2023, 3, 29));
        var claim = extraction.Claims.ShouldHaveSingleItem();
        claim.Role("when").Single().Value.ShouldBe(when);
    }

    [Theory]
    [InlineData(DateMode.News, "2021-W10")]
    [InlineData(DateMode.Forward, "2023-W14")]
    public void The_following_week_counts_from_the_previous_date_in_news_and_from_the_reference_in_forward_mode(DateMode mode, string value)
    {
        const string text = "The talks ended on March 3, 2021. They resume the following week.";
        var matches = DateRecognizer.Find(text, 0, text.Length);
        var first = DateResolver.Resolve(matches[0].Expression, new DateContext(new DateOnly(2023, 3, 29), mode, Tense.Past));
        DateResolver.Resolve(matches[1].Expression, new DateContext(new DateOnly(2023, 3, 29), mode, Tense.Unknown, first)).Value.ShouldBe(value);
    }
}
