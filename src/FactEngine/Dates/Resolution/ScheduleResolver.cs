namespace FactEngine.Dates;

/// <summary>Resolves scheduling forms: nth weekdays of a month, days of a relative month, counted weekdays, holidays.</summary>
internal static class ScheduleResolver
{
    public static TemporalValue NthWeekday(NthWeekdayOfMonth nth, DateContext context)
    {
        var month = DateResolver.Resolve(nth.Month, context);
        if (!month.Resolved || !DateOnly.TryParseExact(month.Value + "-01", "yyyy-MM-dd", out var first))
        {
            return Unresolved();
        }

        var day = nth.Ordinal < 0
            ? CalendarMath.OnOrBefore(first.AddMonths(1).AddDays(-1), nth.Day)
            : CalendarMath.OnOrAfter(first, nth.Day).AddDays(7 * (nth.Ordinal - 1));
        return RelativeDateResolver.Day(day, month.Anchor);
    }

    public static TemporalValue DayOfMonth(DayOfRelativeMonth day, DateOnly reference)
    {
        var month = new DateOnly(reference.Year, reference.Month, 1).AddMonths(day.MonthOffset);
        var date = CalendarMath.TryDate(month.Year, month.Month, day.Day) ?? month.AddMonths(1).AddDays(-1);
        return RelativeDateResolver.Day(date, Anchor.Publication);
    }

    public static TemporalValue Counted(WeekdayCount count, DateOnly reference)
    {
        var date = count.Count > 0
            ? CalendarMath.OnOrAfter(reference.AddDays(1), count.Day).AddDays(7 * (count.Count - 1))
            : CalendarMath.OnOrBefore(reference.AddDays(-1), count.Day).AddDays(7 * (count.Count + 1));
        return RelativeDateResolver.Day(date, Anchor.Publication);
    }

    /// <summary>The holiday's day, or for a holiday week ("Holy Week") the ISO week (Monday to Sunday) that holds it.</summary>
    public static TemporalValue Holiday(HolidayDate holiday, DateContext context)
    {
        var day = HolidayDay(holiday, context);
        return holiday.Holiday.Week && DateOnly.TryParseExact(day.Value, "yyyy-MM-dd", out var date)
            ? day with { Value = TimexFormat.Week(date), Grain = Grain.Week }
            : day;
    }

    private static TemporalValue HolidayDay(HolidayDate holiday, DateContext context)
    {
        if (holiday.Year is int year)
        {
            return RelativeDateResolver.Day(Holidays.DateIn(holiday.Holiday, year), Anchor.Explicit);
        }

        if (context.Reference is not DateOnly reference)
        {
            return holiday.Holiday is { Month: > 0, Day: > 0, Observed: false } fixedDay
                ? UnresolvedValue.Of(TimeUnit.Day) with { Value = $"XXXX-{fixedDay.Month:00}-{fixedDay.Day:00}" }
                : Unresolved();
        }

        if (holiday.YearOffset is int offset)
        {
            return RelativeDateResolver.Day(Holidays.DateIn(holiday.Holiday, reference.Year + offset), Anchor.Publication);
        }

        var thisYear = Holidays.DateIn(holiday.Holiday, reference.Year);
        var date = holiday.Relation switch
        {
            Relation.Last => thisYear < reference ? thisYear : Holidays.DateIn(holiday.Holiday, reference.Year - 1),
            Relation.Next or Relation.This => thisYear >= reference ? thisYear : Holidays.DateIn(holiday.Holiday, reference.Year + 1),
            _ => Holidays.DateIn(holiday.Holiday, YearChoice.Choose(reference, context, y => (Holidays.DateIn(holiday.Holiday, y), Holidays.DateIn(holiday.Holiday, y)))),
        };
        return RelativeDateResolver.Day(date, Anchor.Publication);
    }

    public static TemporalValue WeekdayAfter(WeekdayAfterDate after, DateContext context)
    {
        var anchor = DateResolver.Resolve(after.Anchor, context);
        if (!DateOnly.TryParseExact(anchor.Value, "yyyy-MM-dd", out var day))
        {
            return Unresolved();
        }

        var date = after.Ordinal > 0
            ? CalendarMath.OnOrAfter(day.AddDays(1), after.Day).AddDays(7 * (after.Ordinal - 1))
            : CalendarMath.OnOrBefore(day.AddDays(-1), after.Day).AddDays(7 * (after.Ordinal + 1));
        return RelativeDateResolver.Day(date, anchor.Anchor);
    }

    /// <summary>The occurrences of a weekday or holiday around the anchor, nearest first (the earlier on a tie).</summary>
    public static TemporalValue Closest(ClosestDate closest, DateContext context)
    {
        var anchor = DateResolver.Resolve(closest.Anchor, context);
        if (!DateOnly.TryParseExact(anchor.Value, "yyyy-MM-dd", out var day) || day.Year is < 20 or > 9980)
        {
            return Unresolved();
        }

        var candidates = closest.Day is DayOfWeek weekday
            ? Enumerable.Range(-12, 25).Select(k => CalendarMath.OnOrBefore(day, weekday).AddDays(7 * k))
            : closest.Holiday is Holiday holiday
                ? Enumerable.Range(day.Year - 12, 25).Select(y => Holidays.DateIn(holiday, y))
                : [];
        var ordered = candidates.Distinct().OrderBy(d => Math.Abs(d.DayNumber - day.DayNumber)).ThenBy(d => d).ToList();
        return closest.Ordinal <= ordered.Count
            ? RelativeDateResolver.Day(ordered[closest.Ordinal - 1], anchor.Anchor)
            : Unresolved();
    }

    public static TemporalValue DayIn(DayInMonth day, DateContext context)
    {
        var month = DateResolver.Resolve(day.Month, context);
        if (!month.Resolved || !DateOnly.TryParseExact(month.Value + "-01", "yyyy-MM-dd", out var first))
        {
            return Unresolved();
        }

        var date = day.Day < 0 ? first.AddMonths(1).AddDays(Math.Max(day.Day, -31)) : first.AddDays(Math.Min(day.Day, 31) - 1);
        return RelativeDateResolver.Day(date, month.Anchor);
    }

    /// <summary>"the week of October 6th": the ISO week of the date, except that a Sunday opens the week it names
    /// (the US usage: the week of Sunday 6 October runs from the 6th, so it is the ISO week of Monday the 7th).</summary>
    public static TemporalValue Week(WeekOf week, DateContext context)
    {
        var date = DateResolver.Resolve(week.Date, context);
        return DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", out var day)
            ? new TemporalValue(TemporalKind.Date, TimexFormat.Week(day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(1) : day), Grain.Week, date.Anchor)
            : Unresolved();
    }

    /// <summary>The nth week (Monday to Sunday) lying wholly inside the period, counted from its start or, when
    /// negative, from its end.</summary>
    public static TemporalValue WeekIn(WeekInPeriod week, DateContext context)
    {
        var period = DateResolver.Resolve(week.Period, context);
        if (!PeriodBounds(period.Value, out var first, out var last))
        {
            return Unresolved();
        }

        var monday = week.Ordinal > 0
            ? CalendarMath.OnOrAfter(first, DayOfWeek.Monday).AddDays(7 * (week.Ordinal - 1))
            : CalendarMath.OnOrBefore(last, DayOfWeek.Sunday).AddDays(-6 - (7 * (-week.Ordinal - 1)));
        return new TemporalValue(TemporalKind.Date, TimexFormat.Week(monday), Grain.Week, period.Anchor);
    }

    /// <summary>The first and last day of a month ("2014-10") or year ("2018") value.</summary>
    private static bool PeriodBounds(string value, out DateOnly first, out DateOnly last)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM", out first))
        {
            last = first.AddMonths(1).AddDays(-1);
            return true;
        }

        if (value.Length == 4 && int.TryParse(value, out var year) && year is >= 1 and <= 9999)
        {
            first = new DateOnly(year, 1, 1);
            last = new DateOnly(year, 12, 31);
            return true;
        }

        last = first;
        return false;
    }

    private static TemporalValue Unresolved() => UnresolvedValue.Of(TimeUnit.Day);
}
