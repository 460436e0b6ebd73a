using Sprache;

namespace FactEngine.Dates;

/// <summary>Minutes counted from an hour: "a quarter past 3pm", "15 minutes past noon", "half past 3 pm", "20 after
/// 3pm", "a quarter to noon", "15 to noon". The hour must have its half of the day written ("3pm", "noon", "3
/// o'clock in the afternoon"): "a quarter past 3" alone is not read. A bare number before "to" counts minutes only
/// when it cannot be an hour ("20 to 3pm") or before noon or midnight: "5 to 7 pm" is a range, not 18:55.</summary>
internal static partial class DateGrammar
{
    /// <summary>"a quarter", "quarter" (15), "half" (30), "20 minutes", or a bare "20" (Bare true).</summary>
    private static Parser<(int Minutes, bool Bare)> MinutesCount => field ??=
        (from a in Optional("a")
         from quarter in Word("quarter")
         select (15, false))
        .Or(Word("half").Select(_ => (30, false)))
        .Or(from minutes in Number(1, 2, 1, 59)
            from unit in (from gap in Space from word in MinuteWord select word).Optional()
            select (minutes, !unit.IsDefined));

    /// <summary>"a quarter past 3pm", "20 after 3pm", "a quarter to noon", "10 till midnight".</summary>
    private static Parser<ClockTime> PastOrToTime => field ??=
        from count in MinutesCount
        from gap in Space
        from direction in Word("past", "after", "to", "till", "before")
        from g in Space
        from hour in Longest(TwelveHourTime, SpelledTwelveHourTime, OClockTime, NoonOrMidnight).Where(t => !t.MinutesWritten || t.Minute == 0)
        let before = direction.ToLowerInvariant() is "to" or "till" or "before"
        where !before || !count.Bare || count.Minutes > 12 || hour.Hour is 12 or 24
        let total = (hour.Hour * 60) + (before ? -count.Minutes : count.Minutes)
        where total is >= 0 and < 24 * 60
        select new ClockTime(total / 60, total % 60, true);
}
