using FactEngine.Dates;

namespace FactEngine.Tests;

public class SmokeTests
{
    [Fact]
    public void Date_recognizer_returns_no_match_on_empty_text()
    {
        DateRecognizer.Find("", 0, 0).ShouldBeEmpty();
    }
}
