namespace FactEngine.Dates;

/// <summary>A part of a period: "early 1991", "late September", "the end of the year", "mid-2022".
/// Resolved to the value of the whole period (TIMEX convention); the part is kept for callers.</summary>
public sealed record PartOfPeriod(string Part, DateExpression Period) : DateExpression;

/// <summary>A closed range: "from 13 to 17 September", "between March and May 2022", "Aug 10 - Nov 12".
/// Resolved to its start, with the end alongside.</summary>
public sealed record DateRange(DateExpression From, DateExpression To) : DateExpression;

/// <summary>An open range bounded on one side: "since 2014", "by 2025", "until the end of the year".
/// <paramref name="Boundary"/> is the preposition (since, until, by, before, after, from).</summary>
public sealed record OpenRange(string Boundary, DateExpression Bound) : DateExpression;

/// <summary>A length of time: "for three weeks" (P3W), "10-15 years", "several months" (Amount null: PXM).</summary>
public sealed record DurationExpression(TimeUnit Unit, int? Amount, int? UpperAmount = null) : DateExpression;

/// <summary>A date something is put off to ("postponed until Tuesday", "extended its deadline to Nov. 9"): ahead of
/// the report, so resolved as in a future-tense clause.</summary>
public sealed record DeferredDate(DateExpression Date) : DateExpression;
