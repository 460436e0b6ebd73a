namespace FactEngine.Dates;

/// <summary>A day counted from the reference: yesterday (-1), today (0), tomorrow (+1).</summary>
public sealed record RelativeDay(int Offset) : DateExpression;

/// <summary>The unit containing the reference, shifted by whole units: "last week" (Week, -1),
/// "this month" (Month, 0), "next year" (Year, +1). Resolved at the unit's grain.</summary>
public sealed record RelativePeriod(TimeUnit Unit, int Offset) : DateExpression;

/// <summary>A point shifted from the reference by an amount: "two days ago" (Day, -2), "in three weeks"
/// (Week, +3). From <paramref name="Base"/> instead of the reference when given ("2 days after tomorrow").</summary>
public sealed record ShiftedDate(TimeUnit Unit, int Amount, DateExpression? Base = null) : DateExpression;

/// <summary>A weekday, bare or with a modifier: "Friday", "last Tuesday", "next Monday".</summary>
public sealed record WeekdayDate(DayOfWeek Day, Relation Relation) : DateExpression;

/// <summary>A weekday in a week counted from the reference: "Friday of next week" (Friday, +1).</summary>
public sealed record WeekdayInWeek(DayOfWeek Day, int WeekOffset) : DateExpression;

/// <summary>A day counted from the previous date in the text: "the day before" (-1), "that day" (0),
/// "the following day" (+1).</summary>
public sealed record AnaphoricDay(int Offset) : DateExpression;

/// <summary>A year or month counted from the previous date in the text: "that year" (Year, 0), "the following
/// month" (Month, +1), "the previous year" (Year, -1); from the reference when no date came before. With
/// <paramref name="Month"/>, a month of that year: "October of that year" (Year, 0, 10).</summary>
public sealed record AnaphoricPeriod(TimeUnit Unit, int Offset, int? Month = null) : DateExpression;

/// <summary>"year-end", "year end": the accounting noun for the closing day, Dec. 31 of the reference year, or of the
/// year before in a past-tense clause ("since year-end"). "year's end" (<paramref name="Possessive"/>) says "the end
/// of the year", and resolves, as that does, to the whole year.</summary>
public sealed record YearEnd(bool Possessive = false) : DateExpression;

/// <summary>A vague reference to a time: now (PRESENT_REF), recently (PAST_REF), the future (FUTURE_REF).</summary>
public sealed record GeneralReference(string Value) : DateExpression;

/// <summary>The quarter a financial report is about: "the quarter", "the latest quarter" (the last full quarter
/// before the reference), "the year-ago quarter" (<paramref name="YearOffset"/> -1). <paramref name="Number"/> is the
/// quarter the sentence names ("third-quarter profit rose from a year ago"), in its latest year begun by the reference.</summary>
public sealed record ReportedQuarter(int YearOffset, int? Number = null) : DateExpression;

/// <summary>"the quarter ended July 31": the calendar quarter that holds most of the three months ending on
/// <paramref name="End"/> (May to July: the second quarter), as companies whose quarters end off the calendar's write it.</summary>
public sealed record QuarterEndedOn(DateExpression End) : DateExpression;

/// <summary>"the weekend": the last one in a past-tense clause, the next one otherwise.</summary>
public sealed record BareWeekend : DateExpression;

/// <summary>A date with its weekday: "Tuesday, 10 January". A date without a year takes the year, near the
/// one chosen by the usual rules, in which it falls on that weekday.</summary>
public sealed record DatedWeekday(DayOfWeek Day, DateExpression Date) : DateExpression;

/// <summary>A holiday or month read from a reference moved by <paramref name="Amount"/> units: "thanksgiving in a
/// year", "March in 1 year", "thanksgiving 3 months ago".</summary>
public sealed record DateInShiftedTime(DateExpression Date, TimeUnit Unit, int Amount) : DateExpression;
