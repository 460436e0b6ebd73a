namespace FactEngine.Dates;

/// <summary>"Oct. 12, the day before the stock market plunge": "the day before (after) X" set off by a comma right
/// after a date describes that date by an event; it names the same day, not the one before it. At the end of a
/// clause ("He left the day before.") it still counts from the previous date.</summary>
internal static class AppositionRule
{
    /// <summary>True when the "the day before/after" read at text[at..atEnd) follows the date ending at
    /// <paramref name="dateEnd"/> with only a comma between, and an event follows it before the sentence's
    /// <paramref name="end"/>.</summary>
    public static bool NamesSameDay(AnaphoricDay day, string text, int dateEnd, int at, int atEnd, int end)
    {
        if (day.Offset == 0 || !text.AsSpan(at, atEnd - at).StartsWith("the day ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var between = text.AsSpan(dateEnd, at - dateEnd);
        if (between.Trim() is not "," || !char.IsWhiteSpace(between[^1]))
        {
            return false;
        }

        var next = atEnd;
        while (next < end && text[next] == ' ')
        {
            next++;
        }

        return next > atEnd && next < end && char.IsLetter(text[next]);
    }
}
