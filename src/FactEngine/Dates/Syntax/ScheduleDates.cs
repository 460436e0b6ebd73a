namespace FactEngine.Dates;

/// <summary>The nth weekday of a month: "the first Monday of October" (Ordinal 1), "last Friday in October"
/// (Ordinal -1). <paramref name="Month"/> is a month expression: a calendar month or "this month".</summary>
public sealed record NthWeekdayOfMonth(int Ordinal, DayOfWeek Day, DateExpression Month) : DateExpression;

/// <summary>A day of a month counted from the reference: "the 20th of next month" (Day 20, MonthOffset 1).</summary>
public sealed record DayOfRelativeMonth(int Day, int MonthOffset) : DateExpression;

/// <summary>A weekday counted in occurrences: "3 fridays from now" (+3), "2 thursdays ago" (-2),
/// "friday after next" (+2).</summary>
public sealed record WeekdayCount(DayOfWeek Day, int Count) : DateExpression;

/// <summary>A named holiday with an optional year or modifier: "Christmas", "Thanksgiving 2013", "last Easter",
/// "MLK day of last year" (<paramref name="YearOffset"/> -1).</summary>
public sealed record HolidayDate(Holiday Holiday, int? Year, Relation Relation, int? YearOffset = null) : DateExpression;

/// <summary>How a holiday falls in a year: on a fixed month-day (moved to the nearest weekday when
/// <paramref name="Observed"/>), on the nth weekday of a month (<paramref name="Ordinal"/> -1 for the last) moved
/// by <paramref name="Shift"/> days, or a number of days from Western (or, when <paramref name="Orthodox"/>,
/// Orthodox) Easter. <paramref name="SundayToSaturday"/>: a fixed day that falls on a Sunday is kept the day before
/// (King's Day). <paramref name="Week"/>: the holiday names the ISO week that holds its day ("Holy Week", the week of
/// Good Friday, ending on Easter Sunday). A holiday of another calendar (Chinese, Hebrew, Islamic, Hindu…) has a <paramref name="Rule"/>
/// that computes its day, and the other fields are unused.</summary>
public sealed record Holiday(
    string Name,
    int Month = 0,
    int Day = 0,
    DayOfWeek Weekday = DayOfWeek.Sunday,
    int Ordinal = 0,
    int? EasterOffset = null,
    int Shift = 0,
    bool Orthodox = false,
    bool Observed = false,
    bool SundayToSaturday = false,
    CalendarRule? Rule = null,
    bool Week = false);

/// <summary>A day counted in a month: "the third day of October" (3), "the last day of October 2015" (-1), "the
/// fifth last day of May" (-5).</summary>
public sealed record DayInMonth(int Day, DateExpression Month) : DateExpression;

/// <summary>The nth weekday after (or, when <paramref name="Ordinal"/> is negative, before) a date: "third tuesday
/// after christmas 2014" (3).</summary>
public sealed record WeekdayAfterDate(int Ordinal, DayOfWeek Day, DateExpression Anchor) : DateExpression;

/// <summary>The nth closest occurrence of a weekday (<paramref name="Day"/>) or of a holiday to a date: "the
/// closest Monday to Oct 5th" (1), "the 3rd closest xmas to today" (3).</summary>
public sealed record ClosestDate(int Ordinal, DayOfWeek? Day, Holiday? Holiday, DateExpression Anchor) : DateExpression;

/// <summary>The week containing a date: "the week of October 6th".</summary>
public sealed record WeekOf(DateExpression Date) : DateExpression;

/// <summary>A whole week counted inside a month or year: "the first week of October 2014" (1), "the last week of
/// September" (-1), "the third last week of 2018" (-3).</summary>
public sealed record WeekInPeriod(int Ordinal, DateExpression Period) : DateExpression;
