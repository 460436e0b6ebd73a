namespace FactEngine.Dates;

/// <summary>Resolves a parsed date expression against a <see cref="DateContext"/>: the reference
/// (publication) date, the mode, the tense of the clause and the previous date in the text.
/// Never reads the clock: the same input gives the same value whatever day it runs.</summary>
public static class DateResolver
{
    public static TemporalValue Resolve(DateExpression expression, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);
        return expression switch
        {
            CalendarDate date => CalendarDateResolver.Resolve(date, context),
            AmbiguousNumericDate numeric => Resolve(numeric.Primary, context) with
            {
                Alternative = Resolve(numeric.Swapped, context).Value,
            },
            RelativeMonth month => CalendarDateResolver.Resolve(month, context),
            MonthOfRelativeYear month => CalendarDateResolver.Resolve(month, context),
            DecadeDate decade => PeriodResolver.Decade(decade),
            CenturyDate century => PeriodResolver.Century(century),
            SeasonDate season => PeriodResolver.Season(season, context),
            QuarterDate quarter => PeriodResolver.Quarter(quarter, context),
            HalfYear half => PeriodResolver.Half(half, context),
            QuarterEndedOn ended => ResolveQuarterEndedOn(ended, context),
            GeneralReference reference => new TemporalValue(TemporalKind.Date, reference.Value, Grain.Reference, Anchor.Explicit),
            PartOfPeriod part => Resolve(part.Period, context),
            DatedWeekday dated => ResolveDatedWeekday(dated, context),
            OpenRange range => Resolve(range.Bound, BoundContext(range.Boundary, context)),
            DeferredDate deferred => Resolve(deferred.Date, context with { Tense = Tense.Future }),
            DateRange range => Resolve(range.From, context) with { End = Resolve(range.To, context).Value },
            DurationExpression duration => DurationFormat.Resolve(duration),
            AnaphoricDay day => ResolveAnaphoric(day, context),
            AnaphoricPeriod period => ResolveAnaphoric(period, context),
            NthWeekdayOfMonth nth => ScheduleResolver.NthWeekday(nth, context),
            HolidayDate holiday => ScheduleResolver.Holiday(holiday, context),
            DayInMonth day => ScheduleResolver.DayIn(day, context),
            WeekOf week => ScheduleResolver.Week(week, context),
            WeekInPeriod week => ScheduleResolver.WeekIn(week, context),
            WeekdayAfterDate after => ScheduleResolver.WeekdayAfter(after, context),
            ClosestDate closest => ScheduleResolver.Closest(closest, context),
            DateInShiftedTime shifted => Resolve(shifted.Date, ShiftedContext(shifted, context)),
            ClockTime time => ClockResolver.Alone(time, context),
            DateAtTime timed => ClockResolver.At(Resolve(timed.Date, context), timed.Time, context),
            TimeInPartOfDay { Day: null } current when context is { Mode: DateMode.Forward, Reference: not null } =>
                ClockResolver.Alone(current.Time, context),
            MinutesFromNow ahead => ClockResolver.MinutesAhead(ahead.Minutes, context),
            TimeInPartOfDay timed => ClockResolver.At(Resolve(timed.Day ?? new RelativeDay(0), context), timed.Time, context),
            _ => ResolveFromReference(expression, context),
        };
    }

    /// <summary>"since X" bounds a span that reaches the present, so X is past; "by August", "until Tuesday" name
    /// deadlines whose clause tense says little about the bound when it is past ("extended the offer until Nov. 9"):
    /// they resolve as if tenseless (nearest occurrence), but "by" or "before" in a future clause ("will double its
    /// flights by August") keeps its deadline ahead ("until" is itself read as a future cue, so it does not); "after"
    /// keeps the clause's tense.</summary>
    private static DateContext BoundContext(string boundary, DateContext context) => boundary switch
    {
        "since" => context with { Tense = Tense.Past },
        "after" => context,
        "by" or "before" when context.Tense == Tense.Future => context,
        _ => context with { Tense = Tense.Unknown },
    };

    private static TemporalValue ResolveDatedWeekday(DatedWeekday dated, DateContext context)
    {
        var value = Resolve(dated.Date, context);
        if (dated.Date is CalendarDate { Year: null, Month: null, Day: int dayOnly } && context.Mode == DateMode.Forward
            && context.Reference is DateOnly reference)
        {
            return NextMonthWithWeekday(dayOnly, dated.Day, reference) is DateOnly match
                ? value with { Value = TimexFormat.Day(match) }
                : value;
        }

        if (dated.Date is not CalendarDate { Year: null, Month: int month, Day: int day }
            || !DateOnly.TryParseExact(value.Value, "yyyy-MM-dd", out var date) || date.DayOfWeek == dated.Day)
        {
            return value;
        }

        foreach (var year in new[] { date.Year + 1, date.Year - 1 })
        {
            if (CalendarMath.TryDate(year, month, day) is DateOnly other && other.DayOfWeek == dated.Day)
            {
                return value with { Value = TimexFormat.Day(other) };
            }
        }

        return value;
    }

    /// <summary>"Thu 15th" in forward mode: the first 15th on or after the reference that falls on a Thursday.</summary>
    private static DateOnly? NextMonthWithWeekday(int day, DayOfWeek weekday, DateOnly reference)
    {
        var month = new DateOnly(reference.Year, reference.Month, 1);
        for (var i = 0; i < 48; i++, month = month.AddMonths(1))
        {
            if (CalendarMath.TryDate(month.Year, month.Month, day) is DateOnly date && date >= reference && date.DayOfWeek == weekday)
            {
                return date;
            }
        }

        return null;
    }

    private static TemporalValue ResolveFromReference(DateExpression expression, DateContext context)
    {
        if (expression is ShiftedDate { Base: null, Amount: > 0 } ahead && context is { Tense: Tense.Past, Mode: DateMode.News })
        {
            return DurationFormat.Resolve(new DurationExpression(ahead.Unit, ahead.Amount));
        }

        if (context.Reference is not DateOnly reference)
        {
            return UnresolvedValue.Of(expression);
        }

        return expression switch
        {
            RelativeDay day => RelativeDateResolver.Day(reference.AddDays(day.Offset), Anchor.Publication),
            RelativePeriod period => RelativeDateResolver.Period(period, reference),
            WeekdayDate weekday => RelativeDateResolver.Day(WeekdayResolver.Resolve(weekday, reference, context), Anchor.Publication),
            WeekdayInWeek weekday => RelativeDateResolver.Day(WeekdayResolver.Resolve(weekday, reference), Anchor.Publication),
            ShiftedDate shift => ResolveShift(shift, reference, context),
            ReportedQuarter quarter => ReportedQuarterValue(quarter, reference),
            BareWeekend => WeekendValue(reference, context),
            YearEnd end => YearEndValue(end, reference, context),
            DayOfRelativeMonth day => ScheduleResolver.DayOfMonth(day, reference),
            WeekdayCount count => ScheduleResolver.Counted(count, reference),
            _ => throw new ArgumentOutOfRangeException(nameof(expression), expression, "Unknown date expression."),
        };
    }

    private static TemporalValue ResolveShift(ShiftedDate shift, DateOnly reference, DateContext context)
    {
        var from = reference;
        if (shift.Base is not null && DateOnly.TryParseExact(Resolve(shift.Base, context).Value, "yyyy-MM-dd", out var baseDay))
        {
            from = baseDay;
        }

        return RelativeDateResolver.Shift(shift.Unit, shift.Amount, from, context, Anchor.Publication, fromDay: shift.Base is not null);
    }

    /// <summary>The context with its reference moved by the shift of "thanksgiving in a year".</summary>
    private static DateContext ShiftedContext(DateInShiftedTime shifted, DateContext context) =>
        context.Reference is DateOnly reference
            ? context with
            {
                Reference = shifted.Unit switch
                {
                    TimeUnit.Week => reference.AddDays(7 * shifted.Amount),
                    TimeUnit.Month => reference.AddMonths(shifted.Amount),
                    TimeUnit.Quarter => reference.AddMonths(3 * shifted.Amount),
                    TimeUnit.Year => reference.AddYears(shifted.Amount),
                    TimeUnit.Decade => reference.AddYears(10 * shifted.Amount),
                    _ => reference.AddDays(shifted.Amount),
                }
            }
            : context;

    private static TemporalValue ReportedQuarterValue(ReportedQuarter quarter, DateOnly reference)
    {
        var lastFull = new DateOnly(reference.Year, reference.Month, 1).AddMonths(-3);
        var (year, number) = quarter.Number is int named
            ? (((3 * named) - 2) <= reference.Month ? reference.Year : reference.Year - 1, named)
            : (lastFull.Year, CalendarMath.QuarterOf(lastFull.Month));
        var value = TimexFormat.Quarter(year + quarter.YearOffset, number);
        return new TemporalValue(TemporalKind.Date, value, Grain.Quarter, Anchor.Publication);
    }

    /// <summary>The calendar quarter holding most days of the three months ending on the resolved end day; "the
    /// quarter" as usual when the end is not a day.</summary>
    private static TemporalValue ResolveQuarterEndedOn(QuarterEndedOn ended, DateContext context)
    {
        var end = Resolve(ended.End, context);
        if (!DateOnly.TryParseExact(end.Value, "yyyy-MM-dd", out var last))
        {
            return Resolve(new ReportedQuarter(0), context);
        }

        var days = new int[5];
        for (var day = last.AddMonths(-3).AddDays(1); day <= last; day = day.AddDays(1))
        {
            days[CalendarMath.QuarterOf(day.Month)]++;
        }

        var quarter = CalendarMath.QuarterOf(last.Month);
        var previous = quarter == 1 ? 4 : quarter - 1;
        var (year, number) = days[previous] > days[quarter] ? (quarter == 1 ? last.Year - 1 : last.Year, previous) : (last.Year, quarter);
        return new TemporalValue(TemporalKind.Date, TimexFormat.Quarter(year, number), Grain.Quarter, end.Anchor);
    }

    /// <summary>"year-end": Dec. 31 of the reference year, or of the year before in a past-tense clause; "year's end":
    /// that whole year.</summary>
    private static TemporalValue YearEndValue(YearEnd end, DateOnly reference, DateContext context)
    {
        var year = context.Tense == Tense.Past ? reference.Year - 1 : reference.Year;
        return end.Possessive
            ? new TemporalValue(TemporalKind.Date, TimexFormat.Year(year), Grain.Year, Anchor.Publication)
            : RelativeDateResolver.Day(new DateOnly(year, 12, 31), Anchor.Publication);
    }

    private static TemporalValue WeekendValue(DateOnly reference, DateContext context)
    {
        var saturday = context.Tense == Tense.Past || (context.Mode == DateMode.News && context.Tense == Tense.Unknown)
            ? CalendarMath.OnOrBefore(reference, DayOfWeek.Saturday)
            : CalendarMath.OnOrAfter(reference, DayOfWeek.Saturday);
        return new TemporalValue(TemporalKind.Date, TimexFormat.Week(saturday) + "-WE", Grain.Weekend, Anchor.Publication);
    }

    /// <summary>"that year", "the following month", "that quarter", "the previous week": in news mode from the previous
    /// date in the text, else (and always in forward mode, where "the following week" asks for the week after this one)
    /// as "this year", "next month" from the reference.</summary>
    private static TemporalValue ResolveAnaphoric(AnaphoricPeriod period, DateContext context) =>
        (context.Mode == DateMode.News ? AnaphoricPeriodResolver.Resolve(period, context.Previous) : null)
        ?? (period.Month is int namedMonth
            ? Resolve(new MonthOfRelativeYear(namedMonth, null, period.Offset), context)
            : Resolve(new RelativePeriod(period.Unit, period.Offset), context));

    /// <summary>"the day before": from the previous day-precise date in the text (a day, or a day with a clock time),
    /// else from the reference.</summary>
    private static TemporalValue ResolveAnaphoric(AnaphoricDay day, DateContext context)
    {
        if (context.Previous is { } previous && ClockResolver.DayOf(previous) is DateOnly previousDay)
        {
            return RelativeDateResolver.Day(previousDay.AddDays(day.Offset), Anchor.Previous);
        }

        return context.Reference is DateOnly reference
            ? RelativeDateResolver.Day(reference.AddDays(day.Offset), Anchor.Publication)
            : UnresolvedValue.Of(TimeUnit.Day);
    }
}
