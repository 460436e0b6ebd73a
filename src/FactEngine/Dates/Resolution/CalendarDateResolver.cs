namespace FactEngine.Dates;

/// <summary>Resolves dates written with calendar parts: full dates, month-days, months, years, "last April".</summary>
internal static class CalendarDateResolver
{
    public static TemporalValue Resolve(CalendarDate date, DateContext context)
    {
        if (date.Year is int year)
        {
            return Explicit(year, date.Month, date.Day);
        }

        if (context.Reference is not DateOnly reference)
        {
            return Unresolved(date);
        }

        if (date.Month is not int month)
        {
            return DayOfReferenceMonth(date.Day ?? 1, reference, context);
        }

        if (date.Day is int day)
        {
            var chosen = YearChoice.Choose(reference, context, y => YearChoice.DaySpan(y, month, day));
            return new TemporalValue(TemporalKind.Date, DayValue(chosen, month, day), Grain.Day, Anchor.Publication);
        }

        var monthYear = YearChoice.Choose(reference, context, y => YearChoice.MonthSpan(y, month));
        return new TemporalValue(TemporalKind.Date, TimexFormat.Month(monthYear, month), Grain.Month, Anchor.Publication);
    }

    public static TemporalValue Resolve(RelativeMonth month, DateContext context)
    {
        if (context.Reference is not DateOnly reference)
        {
            return Unresolved(new CalendarDate(null, month.Month, null));
        }

        var year = month.Relation switch
        {
            Relation.Last => month.Month < reference.Month ? reference.Year : reference.Year - 1,
            Relation.Next => month.Month > reference.Month ? reference.Year : reference.Year + 1,
            _ => reference.Year,
        };
        return new TemporalValue(TemporalKind.Date, TimexFormat.Month(year, month.Month), Grain.Month, Anchor.Publication);
    }

    public static TemporalValue Resolve(MonthOfRelativeYear date, DateContext context)
    {
        if (context.Reference is not DateOnly reference)
        {
            return Unresolved(new CalendarDate(null, date.Month, date.Day));
        }

        var year = reference.Year + date.YearOffset;
        return date.Day is int day
            ? new TemporalValue(TemporalKind.Date, DayValue(year, date.Month, day), Grain.Day, Anchor.Publication)
            : new TemporalValue(TemporalKind.Date, TimexFormat.Month(year, date.Month), Grain.Month, Anchor.Publication);
    }

    private static TemporalValue Explicit(int year, int? month, int? day) => (month, day) switch
    {
        (int m, int d) => new TemporalValue(TemporalKind.Date, DayValue(year, m, d), Grain.Day, Anchor.Explicit),
        (int m, null) => new TemporalValue(TemporalKind.Date, TimexFormat.Month(year, m), Grain.Month, Anchor.Explicit),
        _ => new TemporalValue(TemporalKind.Date, TimexFormat.Year(year), Grain.Year, Anchor.Explicit),
    };

    /// <summary>"the 19th": this month's, or the neighbouring month's when tense or mode says so.</summary>
    private static TemporalValue DayOfReferenceMonth(int day, DateOnly reference, DateContext context)
    {
        var month = new DateOnly(reference.Year, reference.Month, 1);
        if (context.Mode == DateMode.Forward || context.Tense == Tense.Future)
        {
            month = day < reference.Day ? month.AddMonths(1) : month;
        }
        else if (context.Tense == Tense.Past && day > reference.Day)
        {
            month = month.AddMonths(-1);
        }

        return new TemporalValue(TemporalKind.Date, DayValue(month.Year, month.Month, day), Grain.Day, Anchor.Publication);
    }

    private static string DayValue(int year, int month, int day) => $"{TimexFormat.Month(year, month)}-{day:00}";

    private static TemporalValue Unresolved(CalendarDate date)
    {
        var month = date.Month is int m ? $"{m:00}" : "XX";
        var value = date.Day is int d ? $"XXXX-{month}-{d:00}" : $"XXXX-{month}";
        return new TemporalValue(TemporalKind.Date, value, date.Day is null ? Grain.Month : Grain.Day, Anchor.None, Resolved: false);
    }
}
