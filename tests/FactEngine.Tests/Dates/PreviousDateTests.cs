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
    public void Claim_dates_count_from_the_previous_date_of_the_article(string text, string when)
    {
        var extraction = TestRules.Extract(TestRules.CompileOk(Rules), text, new DateOnly(2023, 3, 29));
        var claim = extraction.Claims.ShouldHaveSingleItem();
        claim.Role("when").Single().Value.ShouldBe(when);
    }
}
