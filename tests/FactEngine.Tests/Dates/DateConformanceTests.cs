using FactEngine.Dates;
using FactEngine.Evaluation;

namespace FactEngine.Tests.Dates;

/// <summary>Guards date accuracy on slices of the Duckling and chrono suites (see Data/dates/ATTRIBUTION.md).
/// The floors are the measured accuracy minus 0.02; raise them when the grammar improves.</summary>
public class DateConformanceTests
{
    [Theory]
    [InlineData("duckling_en.slice.jsonl", DateMode.Forward, DateValueMatching.Exact, 0.96)]
    [InlineData("chrono_en.slice.jsonl", DateMode.News, DateValueMatching.DayWithinPeriod, 0.81)]
    public void Accuracy_on_the_suite_slice_stays_above_its_floor(string file, DateMode mode, DateValueMatching matching, double floor)
    {
        var lines = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "dates", file));
        var report = DateSuiteScorer.Score(lines, mode, matching);
        report.GoldDates.ShouldBeGreaterThan(60);
        report.Accuracy.ShouldBeGreaterThanOrEqualTo(floor, $"{report.Correct}/{report.GoldDates} correct");
    }

    [Fact]
    public void Scorer_counts_correct_wrong_and_spurious_mentions()
    {
        string[] lines =
        [
            """{"text": "They met on Friday.", "ref": "2022-02-04", "expected": [{"span": "Friday", "value": "2022-02-04", "type": "DATE", "start": 12, "end": 18}]}""",
            """{"text": "It happened January 26.", "ref": "2022-02-04", "expected": [{"span": "January 26", "value": "2021-01-26", "type": "DATE", "start": 12, "end": 22}]}""",
            """{"text": "Nothing here but yesterday.", "ref": "2022-02-04", "expected": []}""",
        ];

        var report = DateSuiteScorer.Score(lines, DateMode.News);

        report.GoldDates.ShouldBe(2);
        report.Correct.ShouldBe(1);
        report.Found.ShouldBe(3);
        report.Spurious.ShouldBe(1);
        report.Errors.Count.ShouldBe(2);
    }
}
