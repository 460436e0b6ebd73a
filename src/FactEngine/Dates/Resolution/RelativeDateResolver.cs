namespace FactEngine.Dates;

/// <summary>Resolves dates counted from the reference (or from the previous date for "the day before").</summary>
internal static class RelativeDateResolver
{
    public static TemporalValue Period(RelativePeriod period, DateOnly reference)
    {
        var offset = period.Offset;
        return period.Unit switch
        {
            TimeUnit.Hour or TimeUnit.Day => Day(reference.AddDays(offset), Anchor.Publication),
            TimeUnit.Week => Date(TimexFormat.Week(reference.AddDays(7 * offset)), Grain.Week),
            TimeUnit.Weekend => Date(TimexFormat.Week(reference.AddDays(7 * offset)) + "-WE", Grain.Weekend),
            TimeUnit.Month => Month(reference.AddMonths(offset)),
            TimeUnit.Quarter => Quarter(reference.AddMonths(3 * offset)),
            TimeUnit.Year => Date(TimexFormat.Year(reference.Year + offset), Grain.Year),
            TimeUnit.Decade => Date(TimexFormat.Decade(((reference.Year / 10) + offset) * 10), Grain.Decade),
            _ => Date(TimexFormat.Century((reference.Year / 100) + 1 + offset), Grain.Century),
        };
    }

    /// <summary>"two days ago", "in three weeks": days to the day; weeks, months and years at their own
    /// grain in news mode (TIMEX writes "two months ago" as a month), to the day in forward mode, except
    /// years, which Duckling gives to the month unless counted from a day (<paramref name="fromDay"/>: "3 years from
    /// today", "a year after Christmas"). Hours count to the day, except in forward mode from the reference when its time of
    /// day is known: "in one hour" at 04:30 is 05:30 (<c>2013-02-12T05:30</c>, grain minute).</summary>
    public static TemporalValue Shift(TimeUnit unit, int amount, DateOnly from, DateContext context, string anchor, bool fromDay = false)
    {
        var dayGrain = context.Mode == DateMode.Forward;
        return unit switch
        {
            TimeUnit.Hour when dayGrain && !fromDay && context.ReferenceTime is TimeOnly now =>
                new TemporalValue(TemporalKind.Date, TimexFormat.Minute(from.ToDateTime(now).AddHours(amount)), Grain.Minute, anchor),
            TimeUnit.Hour => Day(from, anchor),
            TimeUnit.Day => Day(from.AddDays(amount), anchor),
            TimeUnit.Week or TimeUnit.Weekend when dayGrain => Day(from.AddDays(7 * amount), anchor),
            TimeUnit.Week or TimeUnit.Weekend => Date(TimexFormat.Week(from.AddDays(7 * amount)), Grain.Week) with { Anchor = anchor },
            TimeUnit.Month when dayGrain => Day(from.AddMonths(amount), anchor),
            TimeUnit.Month => Month(from.AddMonths(amount)) with { Anchor = anchor },
            TimeUnit.Quarter when dayGrain => Day(from.AddMonths(3 * amount), anchor),
            TimeUnit.Quarter => Quarter(from.AddMonths(3 * amount)) with { Anchor = anchor },
            TimeUnit.Year when dayGrain && fromDay => Day(from.AddYears(amount), anchor),
            TimeUnit.Year when dayGrain => Month(from.AddYears(amount)) with { Anchor = anchor },
            TimeUnit.Decade => Date(TimexFormat.Year(from.Year + (10 * amount)), Grain.Year) with { Anchor = anchor },
            TimeUnit.Century => Date(TimexFormat.Year(from.Year + (100 * amount)), Grain.Year) with { Anchor = anchor },
            _ => Date(TimexFormat.Year(from.Year + amount), Grain.Year) with { Anchor = anchor },
        };
    }

    public static TemporalValue Day(DateOnly date, string anchor) =>
        new(TemporalKind.Date, TimexFormat.Day(date), Grain.Day, anchor);

    private static TemporalValue Month(DateOnly date) => Date(TimexFormat.Month(date.Year, date.Month), Grain.Month);

    private static TemporalValue Quarter(DateOnly date) =>
        Date(TimexFormat.Quarter(date.Year, CalendarMath.QuarterOf(date.Month)), Grain.Quarter);

    private static TemporalValue Date(string value, string grain) => new(TemporalKind.Date, value, grain, Anchor.Publication);
}
