using Sprache;

namespace FactEngine.Dates;

/// <summary>Expressions built from other dates: parts ("early 1991", "the end of the year"), ranges
/// ("from 13 to 17 September", "between March and May 2022") and open ranges ("since 2014", "by 2025").</summary>
internal static partial class DateGrammar
{
    /// <summary>Any single date: the forms every compound is built from.</summary>
    private static Parser<DateExpression> Point => field ??=
        Longest(
            CalendarForms.StartingWith(CalendarStarts),
            NumericForms.StartingWith(NumericStarts),
            WeekdayForms.StartingWith(WeekdayStarts),
            RelativeForms,
            PeriodForms.StartingWith(PeriodStarts),
            NewsForms.StartingWith(NewsStarts),
            ScheduleForms.StartingWith(ScheduleStarts)).Memoized();

    /// <summary>"early 1991", "mid-2022", "late September", "earlier this month", "the end of the year".</summary>
    private static Parser<DateExpression> PartOf => field ??=
        (from the in The
         from part in Word("early", "mid", "late", "earlier", "later")
         from gap in QuietParsers.Char('-').Or(QuietParsers.Char(' ')).AtLeastOnce()
         from date in Point
         select (DateExpression)new PartOfPeriod(part.ToLowerInvariant(), date))
        .Or(from the in The
            from part in Word("end", "beginning", "start", "middle", "turn", "rest").FollowedBy(Space)
            from of in Word("of").FollowedBy(Space)
            from date in Point.Or(TheYear)
            select (DateExpression)new PartOfPeriod(part.ToLowerInvariant(), date));

    /// <summary>"the year", "the month", "the week": the current one, after "the end of".</summary>
    private static Parser<DateExpression> TheYear => field ??=
        from the in Word("the").Or(Word("this")).FollowedBy(Space)
        from unit in Unit.Where(u => u is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Quarter)
        select (DateExpression)new RelativePeriod(unit, 0);

    /// <summary>A single date, a part of one, a clock time, or a day with a clock time.</summary>
    private static Parser<DateExpression> Single => field ??= Longest(PartOf.StartingWith(PartStarts), Point, ClockForms).Memoized();

    /// <summary>"13 to 17 September", "August 10 - 22, 2012": a day range sharing its month.</summary>
    private static Parser<DateExpression> DayRange => field ??=
        (from first in DayOfMonth
         from joiner in RangeJoiner
         from last in DayMonthYear
         select (DateExpression)new DateRange(last with { Day = first }, last))
        .Or(from month in MonthName
            from gap in Gap
            from first in DayOfMonth
            from joiner in RangeJoiner
            from last in DayOfMonth
            from year in CommaYear.Optional()
            let y = year.IsDefined ? year.Get() : (int?)null
            select (DateExpression)new DateRange(new CalendarDate(y, month, first), new CalendarDate(y, month, last)));

    /// <summary>"Aug 10 - Nov 12, 2011", "March to May 2022", "Friday to Monday", "now to Election Day". Not between two
    /// vague references: "over past decades – currently including Spain" is two expressions.</summary>
    private static Parser<DateExpression> PairRange => field ??=
        (from first in Single
         from joiner in RangeJoiner
         from last in Single
         select (First: first, Last: last))
        .Where(pair => pair.First is not GeneralReference || pair.Last is not GeneralReference)
        .Select(pair => ShareYear(pair.First, pair.Last));

    /// <summary>"from 13 to 17 September", "between March and May 2022".</summary>
    private static Parser<DateExpression> WordedRange => field ??=
        (from fromWord in Word("from").FollowedBy(Space)
         from range in DayRange.Or(PairRange)
         select range)
        .Or(from between in Word("between").FollowedBy(Space)
            from first in Single
            from and in Space.Then(_ => Word("and")).FollowedBy(Space)
            from last in Single
            select ShareYear(first, last));

    /// <summary>"since 2014", "until the end of the year", "by 2025", "before Friday".</summary>
    private static Parser<DateExpression> OpenRangeForm => field ??=
        from boundary in Word("since", "until", "till", "by", "before", "after", "from", "through")
        from gap in Space
        from date in Single
        select (DateExpression)new OpenRange(boundary.ToLowerInvariant(), date);

    /// <summary>"between March and May 2022": the first end takes the year of the second.</summary>
    private static DateExpression ShareYear(DateExpression first, DateExpression last) =>
        first is CalendarDate { Year: null } start && last is CalendarDate { Year: int year } end
            ? new DateRange(start with { Year = start.Month > end.Month ? year - 1 : year }, last)
            : new DateRange(first, last);

    /// <summary>"thanksgiving in a year", "March in 1 year", "thanksgiving 3 months ago", "Lakshmi Puja six years
    /// hence", "March after next" (the one after the next: read a year on).</summary>
    private static Parser<DateExpression> InShiftedTime => field ??=
        from date in HolidayForm.Or(BareMonth.Select(m => (DateExpression)m))
        from gap in Space
        from shift in (from inWord in Word("in").FollowedBy(Space) from amount in AmountOfUnits select amount)
            .Or(from amount in AmountOfUnits
                from space in Space
                from direction in Word("ago").Return(-1)
                    .Or(Word("hence").Return(1))
                    .Or(from f in Word("from").FollowedBy(Space) from now in Word("now", "today") select 1)
                select (Amount: direction * amount.Amount, amount.Unit))
            .Or(from after in Word("after").FollowedBy(Space)
                from next in Word("next")
                select (Amount: 1, Unit: TimeUnit.Year))
        select (DateExpression)new DateInShiftedTime(date, shift.Unit, shift.Amount);

    private static Parser<DateExpression> CompoundForms => field ??=
        Longest(DayRange.StartingWith(CalendarStarts), PairRange, WordedRange.StartingWith(CompoundStarts),
            OpenRangeForm.StartingWith(CompoundStarts), InShiftedTime.StartingWith(ShiftedTimeStarts));
}
