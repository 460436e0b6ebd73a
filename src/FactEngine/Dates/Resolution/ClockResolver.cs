using System.Globalization;

namespace FactEngine.Dates;

/// <summary>Values of clock times: <c>T09:00</c> alone (kind Time), or appended to the day's value
/// (<c>2000-04-04T09:00</c>, kind Date). The grain is hour when only the hour was written, minute otherwise.</summary>
internal static class ClockResolver
{
    /// <summary>A time with no day: kind <see cref="TemporalKind.Time"/>, value <c>T15:00</c>; in forward mode with a
    /// reference, its next occurrence (<see cref="Next"/>).</summary>
    public static TemporalValue Alone(ClockTime time, DateContext context) =>
        context is { Mode: DateMode.Forward, Reference: DateOnly reference }
            ? Next(InReferenceZone(time, context, out _), reference, context.ReferenceTime)
            : Time(time);

    /// <summary>The day's value with the time appended, the time first converted to the reference's offset in forward
    /// mode ("Thursday 8h00 GMT" at -02:00 is Thursday 06:00; a conversion past midnight moves the day).</summary>
    public static TemporalValue At(TemporalValue day, ClockTime time, DateContext context)
    {
        var converted = InReferenceZone(time, context, out var dayShift);
        if (dayShift != 0 && DayOf(day) is DateOnly date && day.Value.Length == 10)
        {
            day = day with { Value = TimexFormat.Day(date.AddDays(dayShift)) };
        }

        return At(day, converted);
    }

    /// <summary>In forward mode, a time with a zone ("4pm CET") at the reference's offset (-02:00: 13:00), with the
    /// days it moves; otherwise the time as written.</summary>
    private static ClockTime InReferenceZone(ClockTime time, DateContext context, out int dayShift)
    {
        dayShift = 0;
        if (context.Mode != DateMode.Forward || time.Zone is not { } zone || context.ReferenceOffset is not TimeSpan offset
            || !DateWords.TimeZoneOffsets.TryGetValue(zone, out var zoneMinutes))
        {
            return time;
        }

        var minutes = (time.Hour * 60) + time.Minute - zoneMinutes + (int)offset.TotalMinutes;
        dayShift = (int)Math.Floor(minutes / 1440.0);
        minutes -= dayShift * 1440;
        return time with { Hour = minutes / 60, Minute = minutes % 60, MinutesWritten = true, Zone = null };
    }

    /// <summary>A time with no day: kind <see cref="TemporalKind.Time"/>, value <c>T15:00</c>.</summary>
    public static TemporalValue Time(ClockTime time) =>
        new(TemporalKind.Time, Format(time), GrainOf(time), Anchor.Explicit);

    /// <summary>Forward mode (a scheduling assistant): "at 3pm" is the next 3 p.m., on the reference day
    /// (<c>2013-02-12T15:00</c>, kind Date), or on the day after when its hour has passed by the reference's time of day
    /// (Duckling's reading: at 04:30, "3am" is tomorrow's, "4:23am" still today's); with no time of day known, the
    /// reference day. Midnight is the start of the next day (<c>T00:00</c>).</summary>
    public static TemporalValue Next(ClockTime time, DateOnly reference, TimeOnly? referenceTime)
    {
        var day = reference;
        var clock = time;
        if (time.Hour == 24)
        {
            day = day.AddDays(1);
            clock = time with { Hour = 0 };
        }
        else if (referenceTime is TimeOnly now && time.Hour < now.Hour)
        {
            day = day.AddDays(1);
        }

        return new TemporalValue(TemporalKind.Date, TimexFormat.Day(day) + Format(clock), GrainOf(clock), Anchor.Publication);
    }

    /// <summary>"in 2 minutes": in forward mode with the reference's time of day, that moment (<c>2013-02-12T04:32</c>,
    /// grain minute, kind Date); otherwise the length of time (<c>PT2M</c>).</summary>
    public static TemporalValue MinutesAhead(int minutes, DateContext context) =>
        context is { Mode: DateMode.Forward, Reference: DateOnly reference, ReferenceTime: TimeOnly now }
            ? new TemporalValue(TemporalKind.Date, TimexFormat.Minute(reference.ToDateTime(now).AddMinutes(minutes)), Grain.Minute, Anchor.Publication)
            : new TemporalValue(TemporalKind.Duration, string.Create(CultureInfo.InvariantCulture, $"PT{minutes}M"), Grain.Minute, Anchor.Explicit);

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
