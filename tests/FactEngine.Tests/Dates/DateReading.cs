using FactEngine.Dates;

namespace FactEngine.Tests.Dates;

/// <summary>Finds the first date in a text and resolves it, as the engine does.</summary>
internal static class DateReading
{
    public static (string Span, TemporalValue Value) First(string text, string? reference, Tense tense, DateMode mode = DateMode.News)
    {
        var matches = DateRecognizer.Find(text, 0, text.Length);
        matches.ShouldNotBeEmpty($"no date found in \"{text}\"");
        var match = matches[0];
        var referenceDate = reference is null ? (DateOnly?)null : DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture);
        var value = DateResolver.Resolve(match.Expression, new DateContext(referenceDate, mode, tense));
        return (text[match.Start..match.End], value);
    }
}
