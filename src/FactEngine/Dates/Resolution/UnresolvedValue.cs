namespace FactEngine.Dates;

/// <summary>The value of a date counted from a publication date that the article does not give: TIMEX3 placeholders
/// at the grain the expression names, keeping what the text itself says ("last week" → <c>XXXX-WXX</c>, "on Friday" →
/// <c>XXXX-WXX-5</c>, "the weekend" → <c>XXXX-WXX-WE</c>, "next month" → <c>XXXX-XX</c>, "the 20th of next month" →
/// <c>XXXX-XX-20</c>). Never today's date: the value stays unresolved, with anchor <c>none</c>.</summary>
internal static class UnresolvedValue
{
    public static TemporalValue Of(DateExpression expression) => expression switch
    {
        RelativePeriod period => Of(period.Unit),
        ShiftedDate shift when shift.Base is null => Of(shift.Unit),
        WeekdayDate weekday => Day(Weekday(weekday.Day)),
        WeekdayInWeek weekday => Day(Weekday(weekday.Day)),
        WeekdayCount count => Day(Weekday(count.Day)),
        BareWeekend => Unresolved("XXXX-WXX-WE", Grain.Weekend),
        ReportedQuarter quarter => Unresolved(quarter.Number is int number ? $"XXXX-Q{number}" : "XXXX-QX", Grain.Quarter),
        YearEnd { Possessive: true } => Unresolved("XXXX", Grain.Year),
        YearEnd => Day("XXXX-12-31"),
        DayOfRelativeMonth day => Day($"XXXX-XX-{day.Day:00}"),
        _ => Day("XXXX-XX-XX"),
    };

    /// <summary>A unit counted from an unknown reference: "last week", "in three months".</summary>
    public static TemporalValue Of(TimeUnit unit) => unit switch
    {
        TimeUnit.Week => Unresolved("XXXX-WXX", Grain.Week),
        TimeUnit.Weekend => Unresolved("XXXX-WXX-WE", Grain.Weekend),
        TimeUnit.Month => Unresolved("XXXX-XX", Grain.Month),
        TimeUnit.Quarter => Unresolved("XXXX-QX", Grain.Quarter),
        TimeUnit.Year => Unresolved("XXXX", Grain.Year),
        TimeUnit.Decade => Unresolved("XXX", Grain.Decade),
        TimeUnit.Century => Unresolved("XX", Grain.Century),
        _ => Day("XXXX-XX-XX"),
    };

    /// <summary>The ISO weekday number TIMEX3 writes after <c>XXXX-WXX-</c>: Monday 1 … Sunday 7.</summary>
    private static string Weekday(DayOfWeek day) => $"XXXX-WXX-{(day == DayOfWeek.Sunday ? 7 : (int)day)}";

    private static TemporalValue Day(string value) => Unresolved(value, Grain.Day);

    private static TemporalValue Unresolved(string value, string grain) =>
        new(TemporalKind.Date, value, grain, Anchor.None, Resolved: false);
}
