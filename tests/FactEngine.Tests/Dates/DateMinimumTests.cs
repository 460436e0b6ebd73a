using FactEngine.Dates;

namespace FactEngine.Tests.Dates;

/// <summary>The forms issue 2 requires, resolved against a publication date.</summary>
public class DateMinimumTests
{
    [Theory]
    [InlineData("handed over on January 26 their responses", "2022-02-04", Tense.Past, "January 26", "2022-01-26", "day", "publication-date")]
    [InlineData("They met on 26 January.", "2022-02-04", Tense.Past, "26 January", "2022-01-26", "day", "publication-date")]
    [InlineData("They met on Jan. 26.", "2022-02-04", Tense.Past, "Jan. 26", "2022-01-26", "day", "publication-date")]
    [InlineData("It happened December 17, 2021 in Geneva", "2022-02-04", Tense.Past, "December 17, 2021", "2021-12-17", "day", "explicit")]
    [InlineData("It happened December 17 2021 in Geneva", "2022-02-04", Tense.Past, "December 17 2021", "2021-12-17", "day", "explicit")]
    [InlineData("Published 2021-12-17.", "2022-02-04", Tense.Past, "2021-12-17", "2021-12-17", "day", "explicit")]
    [InlineData("Crimea was annexed in 2014.", "2022-02-04", Tense.Past, "2014", "2014", "year", "explicit")]
    [InlineData("The war began in March 2022.", "2022-02-04", Tense.Past, "March 2022", "2022-03", "month", "explicit")]
    [InlineData("They met on Monday.", "2022-02-04", Tense.Past, "Monday", "2022-01-31", "day", "publication-date")]
    [InlineData("They met yesterday.", "2022-02-04", Tense.Past, "yesterday", "2022-02-03", "day", "publication-date")]
    [InlineData("They met last week.", "2022-02-04", Tense.Past, "last week", "2022-W04", "week", "publication-date")]
    [InlineData("It was signed on December 26.", "2022-02-04", Tense.Past, "December 26", "2021-12-26", "day", "publication-date")]
    [InlineData("It will be signed on December 26.", "2022-02-04", Tense.Future, "December 26", "2022-12-26", "day", "publication-date")]
    [InlineData("It will be signed on January 26.", "2022-02-04", Tense.Future, "January 26", "2023-01-26", "day", "publication-date")]
    public void Issue_two_forms_resolve_against_the_publication_date(
        string text, string reference, Tense tense, string span, string value, string grain, string anchor)
    {
        var (found, resolved) = DateReading.First(text, reference, tense);
        found.ShouldBe(span);
        resolved.Value.ShouldBe(value);
        resolved.Grain.ShouldBe(grain);
        resolved.Anchor.ShouldBe(anchor);
        resolved.Kind.ShouldBe(TemporalKind.Date);
    }

    [Theory]
    [InlineData("handed over on January 26", "XXXX-01-26")]
    [InlineData("They met yesterday.", "XXXX-XX-XX")]
    [InlineData("They met on Monday.", "XXXX-WXX-1")]
    [InlineData("They met on Sunday.", "XXXX-WXX-7")]
    [InlineData("They met the day before.", "XXXX-XX-XX")]
    [InlineData("They met at Christmas.", "XXXX-12-25")]
    public void Without_a_reference_date_values_stay_unresolved(string text, string value)
    {
        var (_, resolved) = DateReading.First(text, null, Tense.Past);
        resolved.Value.ShouldBe(value);
        resolved.Resolved.ShouldBeFalse();
        resolved.Anchor.ShouldBe("none");
    }

    [Theory]
    [InlineData("They met last week.", "XXXX-WXX", "week")]
    [InlineData("They met two weeks ago.", "XXXX-WXX", "week")]
    [InlineData("They will meet next month.", "XXXX-XX", "month")]
    [InlineData("They met last year.", "XXXX", "year")]
    [InlineData("They met over the weekend.", "XXXX-WXX-WE", "weekend")]
    [InlineData("Sales rose in the quarter.", "XXXX-QX", "quarter")]
    [InlineData("They will meet on the 20th of next month.", "XXXX-XX-20", "day")]
    public void Without_a_reference_date_unresolved_values_keep_the_grain_the_text_names(string text, string value, string grain)
    {
        var (_, resolved) = DateReading.First(text, null, Tense.Unknown);
        resolved.Value.ShouldBe(value);
        resolved.Grain.ShouldBe(grain);
        resolved.Resolved.ShouldBeFalse();
        resolved.Anchor.ShouldBe("none");
    }

    [Fact]
    public void Explicit_dates_resolve_without_a_reference()
    {
        var (_, resolved) = DateReading.First("on December 17, 2021", null, Tense.Unknown);
        resolved.Value.ShouldBe("2021-12-17");
        resolved.Resolved.ShouldBeTrue();
        resolved.Anchor.ShouldBe("explicit");
    }

    [Fact]
    public void Offsets_are_into_the_whole_text_when_searching_a_sentence_inside_it()
    {
        const string text = "First sentence, March 3. They met on January 26. Last one, May 5.";
        var start = text.IndexOf("They", StringComparison.Ordinal);
        var end = text.IndexOf("Last", StringComparison.Ordinal);

        var matches = DateRecognizer.Find(text, start, end);

        matches.Count.ShouldBe(1);
        text[matches[0].Start..matches[0].End].ShouldBe("January 26");
    }

    [Theory]
    [InlineData("The company has 2,000 employees and 3/8 of its shares.")]
    [InlineData("May the force be with you.")]
    [InlineData("Version 1.1.30 was released with 10 people.")]
    [InlineData("The sun rose over the hills where they sat.")]
    [InlineData("They won on the first day with the 24 members.")]
    [InlineData("He was the first. She was the second.")]
    [InlineData("The index closed at 2082.1 points.")]
    [InlineData("The March for Life drew thousands.")]
    [InlineData("He told USA Today that he would run.")]
    public void Numbers_and_homographs_are_not_dates(string text)
    {
        DateRecognizer.Find(text, 0, text.Length).Where(m => DateResolver.Resolve(m.Expression,
            new DateContext(new DateOnly(2022, 2, 4), DateMode.News, Tense.Unknown)).Kind == TemporalKind.Date).ShouldBeEmpty();
    }

    [Fact]
    public void Empty_text_has_no_dates()
    {
        DateRecognizer.Find("", 0, 0).ShouldBeEmpty();
    }
}
