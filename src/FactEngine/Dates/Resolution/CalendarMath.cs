namespace FactEngine.Dates;

/// <summary>Small calendar computations the resolver needs.</summary>
internal static class CalendarMath
{
    /// <summary>A valid date, or null for "February 30".</summary>
    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>The Monday of the week containing <paramref name="date"/>.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The given weekday in the Monday-based week containing <paramref name="date"/>.</summary>
    public static DateOnly WeekdayInWeekOf(DateOnly date, DayOfWeek day) => MondayOf(date).AddDays(((int)day + 6) % 7);

    /// <summary>The latest <paramref name="day"/> on or before <paramref name="date"/>.</summary>
    public static DateOnly OnOrBefore(DateOnly date, DayOfWeek day) => date.AddDays(-(((int)date.DayOfWeek - (int)day + 7) % 7));

    /// <summary>The earliest <paramref name="day"/> on or after <paramref name="date"/>.</summary>
    public static DateOnly OnOrAfter(DateOnly date, DayOfWeek day) => date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);

    public static int QuarterOf(int month) => ((month - 1) / 3) + 1;
}
