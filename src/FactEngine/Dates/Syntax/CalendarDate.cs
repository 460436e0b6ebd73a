namespace FactEngine.Dates;

/// <summary>A date written with calendar parts: "26 January 2022", "Jan. 26", "March 2022", "2014", "May".
/// Missing parts are null; a missing year is taken from the reference date.</summary>
public sealed record CalendarDate(int? Year, int? Month, int? Day) : DateExpression;

/// <summary>A numeric date whose day and month could be swapped ("3/4/2022"): read as
/// <paramref name="Primary"/>, with <paramref name="Swapped"/> reported as the alternative.</summary>
public sealed record AmbiguousNumericDate(CalendarDate Primary, CalendarDate Swapped) : DateExpression;

/// <summary>A month with a modifier: "last April", "this March", "next May".</summary>
public sealed record RelativeMonth(int Month, Relation Relation) : DateExpression;

/// <summary>A month (and day) in a year counted from the reference: "February this year", "April 5 next year".</summary>
public sealed record MonthOfRelativeYear(int Month, int? Day, int YearOffset) : DateExpression;
