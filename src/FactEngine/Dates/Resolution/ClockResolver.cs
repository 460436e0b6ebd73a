using System.Globalization;

namespace FactEngine.Dates;

/// <summary>Values of clock times: <c>T09:00</c> alone (kind Time), or appended to the day's value
/// (<c>2000-04-04T09:00</c>, kind Date). The grain is hour when only the hour was written, minute otherwise.</summary>
internal static class ClockResolver
{
    /// <summary>A time with no day: kind <see cref="TemporalKind.Time"/>, value <c>T15:00</c>.</summary>
    public static TemporalValue Time(ClockTime time) =>
        new(TemporalKind.Time, Format(time), GrainOf(time), Anchor.Explicit);

    /// <summary>The day's value with the time appended; the day keeps its kind, anchor and resolution.</summary>
    public static TemporalValue At(TemporalValue day, ClockTime time) =>
        day with { Value = day.Value + Format(time), Grain = GrainOf(time), Alternative = day.Alternative is { } other ? other + Format(time) : null };

    /// <summary>The day part (yyyy-MM-dd) of a day or day-with-time value, else null.</summary>
    public static DateOnly? DayOf(TemporalValue value) =>
        value.Grain is Grain.Day or Grain.Hour or Grain.Minute && value.Value.Length >= 10
        && DateOnly.TryParseExact(value.Value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    private static string Format(ClockTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"T{time.Hour:00}:{time.Minute:00}");

    private static string GrainOf(ClockTime time) => time.MinutesWritten ? Grain.Minute : Grain.Hour;
}
