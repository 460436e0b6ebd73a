namespace FactEngine.Dates;

/// <summary>Seasons as TIMEX writes them: SP, SU, FA, WI.</summary>
public enum Season
{
    Spring,
    Summer,
    Fall,
    Winter,
}

/// <summary>A decade: "the 1990s" (199X); <paramref name="StartYear"/> is the first year.</summary>
public sealed record DecadeDate(int StartYear) : DateExpression;

/// <summary>A century by its ordinal: "the 20th century" (19XX).</summary>
public sealed record CenturyDate(int Ordinal) : DateExpression;

/// <summary>A season, with a year or a modifier: "summer 2022", "this summer", "last winter".</summary>
public sealed record SeasonDate(Season Season, int? Year, Relation Relation) : DateExpression;

/// <summary>A quarter: "the third quarter", "Q1 2022", "next quarter" (Number null: the quarter of the reference).</summary>
public sealed record QuarterDate(int? Number, int? Year, Relation Relation) : DateExpression;

/// <summary>A half of a year: "the second half of 1989" (2, 1989), "the first two quarters of next year" (1, offset
/// +1). <paramref name="Year"/> is the year when written, else <paramref name="YearOffset"/> counts from the reference.</summary>
public sealed record HalfYear(int Half, int? Year, int YearOffset = 0) : DateExpression;
