using FactEngine.Evaluation;

namespace FactEngine.Tests.Evaluation;

public class DateErrorClassifierTests
{
    private static string Class(string? gold, string? found) =>
        DateErrorClassifier.Classify(new DateSuiteError("text", "1999-03-12", gold is null ? null : "span", gold, found is null ? null : "span", found));

    [Theory]
    [InlineData(null, "PRESENT_REF", "spurious vague reference")]
    [InlineData(null, "1987", "spurious date")]
    [InlineData("FUTURE_REF", null, "gold vague reference (PAST_REF, FUTURE_REF…)")]
    [InlineData("2000-01-05TEV", "2000-01-05", "gold part of day (TMO, TNI…)")]
    [InlineData("2000-04-04T09:00", "2000-04-04", "gold clock time")]
    [InlineData("P1D", null, "gold set or duration (P1D…)")]
    [InlineData("1949-XX", "1949", "gold underspecified (1949-XX, 1989-WXX, 1988-QX)")]
    [InlineData("1989-WXX", "1989-W43", "gold underspecified (1949-XX, 1989-WXX, 1988-QX)")]
    [InlineData("1998-10-XX", null, "not found")]
    [InlineData("1990-08-07", "1990-08-14", "weekday a week off")]
    [InlineData("1999-02-08", "1999-02-09", "another day")]
    [InlineData("1990-02", "1989-02", "another year, same form")]
    [InlineData("1989-Q2", "1989-Q3", "same form, another value (1989-Q3 vs 1989-Q2)")]
    [InlineData("1988", "1988-Q3", "another grain (1988 vs 1988-Q3)")]
    public void Errors_are_classed_by_the_shape_of_their_values(string? gold, string? found, string expected) =>
        Class(gold, found).ShouldBe(expected);

    [Fact]
    public void The_tally_follows_the_class_order_and_leaves_out_empty_classes()
    {
        var errors = new[]
        {
            new DateSuiteError("a", "r", "s", "1988", "s", "1988-Q3"),
            new DateSuiteError("b", "r", null, null, "s", "1987"),
            new DateSuiteError("c", "r", "s", "1989", "s", "1989-Q1"),
        };
        DateErrorClassifier.Tally(errors).ShouldBe([("spurious date", 1), ("another grain (1988 vs 1988-Q3)", 2)]);
    }
}
