using FactEngine.Numbers;
using Sprache;

namespace FactEngine.Dates;

/// <summary>Scheduling forms: "the first Monday of October", "the 20th of next month", "3 fridays from now",
/// "friday after next", "upcoming two weeks", "the 15th", "2014-10".</summary>
internal static partial class DateGrammar
{
    private static Parser<int> WeekOrdinal => field ??=
        NumberGrammar.OrdinalDigits.Or(NumberGrammar.OrdinalWord).Where(n => n is >= 1 and <= 5)
            .Or(Word("last").Return(-1));

    /// <summary>A month a day or weekday is counted in: "October", "October 2014", "this month", "the month".</summary>
    private static Parser<DateExpression> MonthReference => field ??=
        MonthYear.Select(m => (DateExpression)m)
            .Or(StandaloneMonth.Or(MonthName).Select(m => (DateExpression)new CalendarDate(null, m, null)))
            .Or(RelativeUnit.Where(p => p is RelativePeriod { Unit: TimeUnit.Month }))
            .Or(from the in Word("the").FollowedBy(Space) from month in Word("month") select (DateExpression)new RelativePeriod(TimeUnit.Month, 0));

    /// <summary>"the first Monday of October", "last friday in october", "third tuesday of september 2014".</summary>
    private static Parser<DateExpression> NthWeekday => field ??=
        from the in The
        from ordinal in WeekOrdinal.FollowedBy(Space)
        from day in WeekdayName.FollowedBy(Space)
        from of in Word("of", "in").FollowedBy(Space)
        from month in MonthReference
        select (DateExpression)new NthWeekdayOfMonth(ordinal, day, month);

    /// <summary>"20 of next month", "the 20th of the current month", "20th day of next month".</summary>
    private static Parser<DateExpression> DayOfMonthOffset => field ??=
        from the in The
        from day in DayOfMonth.FollowedBy(Space)
        from dayWord in Optional("day")
        from of in Word("of").FollowedBy(Space)
        from month in RelativeUnit.Where(p => p is RelativePeriod { Unit: TimeUnit.Month })
        select (DateExpression)new DayOfRelativeMonth(day, ((RelativePeriod)month).Offset);

    /// <summary>"3 fridays from now", "2 thursdays ago", "friday after next".</summary>
    private static Parser<DateExpression> CountedWeekday => field ??=
        (from count in Amount.FollowedBy(Space)
         from day in WeekdayPlural
         from gap in Space
         from direction in Word("ago", "back").Return(-1)
             .Or(from f in Word("from").FollowedBy(Space) from now in Word("now", "today") select 1)
         select (DateExpression)new WeekdayCount(day, direction * count))
        .Or(from day in WeekdayName.FollowedBy(Space)
            from after in Word("after").FollowedBy(Space)
            from next in Word("next")
            select (DateExpression)new WeekdayCount(day, 2));

    /// <summary>"upcoming two weeks", "2 upcoming days": the period that many units ahead.</summary>
    private static Parser<DateExpression> UpcomingUnits => field ??=
        (from upcoming in Word("upcoming").FollowedBy(Space)
         from amount in AmountOfUnits
         select (DateExpression)new RelativePeriod(amount.Unit, amount.Amount))
        .Or(from amount in Amount.FollowedBy(Space)
            from upcoming in Word("upcoming").FollowedBy(Space)
            from unit in Unit
            select (DateExpression)new RelativePeriod(unit, amount));

    /// <summary>"on the 15th", "the 1st.", "On 24th": a day of the reference month, when "on" precedes it or nothing
    /// follows it (ordinal digits only: "the first" and "the 11th hour" are not dates). Also "on the first" when
    /// nothing but a full stop follows it ("on the first day" is not a date), and "the first", "the 24" when they are
    /// the whole sentence ("He was the first." is not a date).</summary>
    private static Parser<DateExpression> TheOrdinalDay => field ??=
        (from onWord in Optional("on")
         from the in Word("the").FollowedBy(Space).Optional()
         where the.IsDefined || onWord.Length > 0
         from day in NumberGrammar.OrdinalDigits.Where(d => d is >= 1 and <= 31)
         from end in NoLetterOrDigit
         from standalone in onWord.Length > 0 ? Parse.Return(string.Empty) : Space.Then(_ => QuietParsers.Letter).Not().Return(string.Empty)
         select (DateExpression)new CalendarDate(null, null, day))
        .Or(from start in AtStart.Optional()
            from onWord in Optional("on")
            where start.IsDefined || onWord.Length > 0
            from the in Word("the").FollowedBy(Space)
            from day in NumberGrammar.OrdinalWord.Where(d => d is >= 1 and <= 31).Or(Number(1, 2, 1, 31))
            from end in EndOfText
            select (DateExpression)new CalendarDate(null, null, day));

    /// <summary>Nothing but an optional full stop up to the end of the text.</summary>
    private static Parser<string> EndOfText => field ??=
        from dot in QuietParsers.Char('.').Optional()
        from end in AtEnd
        select end;

    private static Parser<string> AtEnd => field ??= input => input.AtEnd
        ? Result.Success(string.Empty, input)
        : Result.Failure<string>(input, "not the end", NoExpectations);

    /// <summary>"2014-10", "2014/10": year and month.</summary>
    private static Parser<DateExpression> YearMonthNumeric => field ??=
        from year in Number(4, 4, 1000, 2199)
        from separator in QuietParsers.Chars('-', '/')
        from month in Number(2, 2, 1, 12)
        from end in NoLetterOrDigit.Then(_ => QuietParsers.Chars('-', '/').Not())
        select (DateExpression)new CalendarDate(year, month, null);

    /// <summary>"fridays", "thursdays": a weekday in the plural.</summary>
    private static Parser<DayOfWeek> WeekdayPlural => field ??=
        from word in NumberGrammar.Letters
        where word.Length > 3 && (word[^1] is 's' or 'S') && DateWords.Weekdays.ContainsKey(word[..^1])
        select DateWords.Weekdays[word[..^1]];

    /// <summary>"the third day of October", "the last day of October 2015", "last day in october", "fifth last day
    /// of May".</summary>
    private static Parser<DateExpression> DayInMonthForm => field ??=
        from the in The
        from ordinal in CountFromEitherEnd.Where(n => n is >= -31 and <= 31).FollowedBy(Space)
        from day in Word("day").FollowedBy(Space)
        from of in Word("of", "in").FollowedBy(Space)
        from month in MonthReference
        select (DateExpression)new DayInMonth(ordinal, month);

    /// <summary>"the week of October 6th".</summary>
    private static Parser<DateExpression> WeekOfForm => field ??=
        from the in The
        from week in Word("week").FollowedBy(Space)
        from of in Word("of").FollowedBy(Space)
        from date in MonthDayYear.Or(DayMonthYear)
        select (DateExpression)new WeekOf(date);

    /// <summary>"first", "last", "third last", "the 3rd last": a position counted from the start or (negative) the end.</summary>
    private static Parser<int> CountFromEitherEnd => field ??=
        (from n in NumberGrammar.OrdinalDigits.Or(NumberGrammar.OrdinalWord).Where(n => n is >= 1 and <= 53)
         from last in Space.Then(_ => Word("last")).Optional()
         select last.IsDefined ? -n : n)
        .Or(Word("last").Return(-1));

    /// <summary>"the first week of October 2014", "last week of september 2014", "the third last week of 2018".</summary>
    private static Parser<DateExpression> WeekInPeriodForm => field ??=
        from the in The
        from ordinal in CountFromEitherEnd.FollowedBy(Space)
        from week in Word("week").FollowedBy(Space)
        from of in Word("of").FollowedBy(Space)
        from period in MonthReference.Or(Year.Select(y => (DateExpression)new CalendarDate(y, null, null)))
        select (DateExpression)new WeekInPeriod(ordinal, period);

    /// <summary>"third tuesday after christmas 2014", "the second Friday before March 3".</summary>
    private static Parser<DateExpression> WeekdayAfterDateForm => field ??=
        from the in The
        from ordinal in NumberGrammar.OrdinalDigits.Or(NumberGrammar.OrdinalWord).Where(n => n is >= 1 and <= 10).FollowedBy(Space)
        from day in WeekdayName.FollowedBy(Space)
        from direction in Word("after", "before").FollowedBy(Space)
        from anchor in HolidayForm.Or(CalendarForms)
        select (DateExpression)new WeekdayAfterDate(
            direction.Equals("before", StringComparison.OrdinalIgnoreCase) ? -ordinal : ordinal, day, anchor);

    /// <summary>"the closest Monday to Oct 5th", "the second closest Mon to October fifth", "the 3rd closest xmas to
    /// today".</summary>
    private static Parser<DateExpression> ClosestForm => field ??=
        from the in The
        from ordinal in NumberGrammar.OrdinalDigits.Or(NumberGrammar.OrdinalWord).Where(n => n is >= 1 and <= 10).FollowedBy(Space).Optional()
        from closest in Word("closest", "nearest").FollowedBy(Space)
        from target in WeekdayName.Select(d => ((DayOfWeek?)d, (Holiday?)null)).Or(AnyHoliday.Select(h => ((DayOfWeek?)null, (Holiday?)h)))
        from gap in Space
        from to in Word("to").FollowedBy(Space)
        from anchor in DayWord.Or(HolidayForm).Or(CalendarForms)
        select (DateExpression)new ClosestDate(ordinal.GetOrElse(1), target.Item1, target.Item2, anchor);

    private static Parser<DateExpression> ScheduleForms => field ??=
        Longest(
            NthWeekday.StartingWith(NthDayStarts),
            DayOfMonthOffset.StartingWith(DayOfMonthStarts),
            CountedWeekday.StartingWith(WeekdayCountStarts),
            UpcomingUnits.StartingWith(UpcomingStarts),
            TheOrdinalDay.StartingWith(["on", "the"]),
            YearMonthNumeric.StartingWith(NumericStarts),
            HolidayForm.StartingWith(HolidayStarts),
            DayInMonthForm.StartingWith(NthDayStarts),
            WeekOfForm.StartingWith(["the", "week"]),
            WeekInPeriodForm.StartingWith(NthDayStarts),
            WeekdayAfterDateForm.StartingWith(NthDayStarts),
            ClosestForm.StartingWith(["the", "closest", "nearest", .. OrdinalStarts]));
}
