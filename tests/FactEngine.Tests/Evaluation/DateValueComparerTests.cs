using FactEngine.Evaluation;

namespace FactEngine.Tests.Evaluation;

/// <summary>TimeBank's shorter notations for decades, centuries and weeks compare equal to the engine's.</summary>
public class DateValueComparerTests
{
    [Theory]
    [InlineData("199", "199X", true)]
    [InlineData("19", "19XX", true)]
    [InlineData("10", "10XX", true)]
    [InlineData("19", "18XX", false)]
    [InlineData("2000-W7", "2000-W07", true)]
    [InlineData("1989", "1989-Q3", false)]
    public void Equivalent_notations_match(string gold, string found, bool matches) =>
        DateValueComparer.Matches(gold, found, DateValueMatching.Exact).ShouldBe(matches);
}
