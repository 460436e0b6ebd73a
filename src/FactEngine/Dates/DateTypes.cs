namespace FactEngine.Dates;

/// <summary>How bare dates ("Monday", "May 3") are anchored to the reference date.</summary>
public enum DateMode
{
    /// <summary>News reading (HeidelTime's news mode): past-leaning for past-tense reports.</summary>
    News,

    /// <summary>Scheduling reading (Duckling): a bare weekday or month means the next occurrence.</summary>
    Forward,
}

/// <summary>Tense of the clause a date expression sits in; steers the resolution of bare dates.</summary>
public enum Tense
{
    Unknown,
    Past,
    Present,
    Future,
}

/// <summary>The TIMEX3-like type of a temporal value.</summary>
public enum TemporalKind
{
    Date,
    Duration,
    Set,

    /// <summary>A clock time with no day ("at 3 p.m.", "at 4 in the morning"): value <c>T15:00</c>. It never dates a
    /// claim and is not scored as a date.</summary>
    Time,
}

/// <summary>A resolved temporal value.</summary>
/// <param name="Kind">Date, duration, set, or a time of day without a day.</param>
/// <param name="Value">ISO 8601 / TIMEX-like value: 2022-01-26, 2022-01, 2022-W05, 2022-Q1, 199X, P3W; for an
/// unresolved relative date a value with X placeholders (XXXX-01-26); a day with a clock time 2000-04-04T09:00, a
/// time alone T09:00.</param>
/// <param name="Grain">minute, hour, day, week, month, quarter, half, season, year, decade, century, or the duration's unit.</param>
/// <param name="Anchor">explicit, publication-date or previous-date; none when it could not be resolved.</param>
/// <param name="Alternative">Another reading where the text is ambiguous, else null.</param>
/// <param name="Resolved">False when the value needs a reference date that was not given.</param>
/// <param name="End">For a range ("from 13 to 17 September"), the value of its end; Value is its start.</param>
public sealed record TemporalValue(
    TemporalKind Kind,
    string Value,
    string Grain,
    string Anchor,
    string? Alternative = null,
    bool Resolved = true,
    string? End = null);

/// <summary>What a date expression is resolved against.</summary>
/// <param name="Reference">The article's publication date, or null when unknown.</param>
/// <param name="Mode">News or forward reading.</param>
/// <param name="Tense">Tense of the governing clause.</param>
/// <param name="Previous">The previous resolved date in the text, for "the day before".</param>
/// <param name="ReferenceTime">The time of day of the reference, when known (a suite's <c>ref</c> gives it; the engine
/// does not): in forward mode a clock time with no day that is already past on the reference day is the next
/// day's.</param>
/// <param name="ReferenceOffset">The reference's offset from UTC, when known (a suite's <c>ref</c> gives it): in forward
/// mode a time with a zone ("4pm CET") is converted to it.</param>
public sealed record DateContext(DateOnly? Reference, DateMode Mode, Tense Tense, TemporalValue? Previous = null, TimeOnly? ReferenceTime = null,
    TimeSpan? ReferenceOffset = null);
