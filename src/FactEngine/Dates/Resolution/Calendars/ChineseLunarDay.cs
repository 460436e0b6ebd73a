using System.Globalization;

namespace FactEngine.Dates;

/// <summary>A day of the Chinese lunisolar calendar: Chinese New Year is month 1, day 1. .NET's
/// <see cref="ChineseLunisolarCalendar"/> covers 1901–2100; outside it the rule gives January 1.</summary>
public sealed record ChineseLunarDay(int Month, int Day) : CalendarRule
{
    private static readonly ChineseLunisolarCalendar Calendar = new();

    public override DateOnly DateIn(int year)
    {
        if (year < 1902 || year > 2100)
        {
            return new DateOnly(year, 1, 1);
        }

        // The lunar year that begins in Gregorian year Y is numbered Y; a leap month shifts later month numbers.
        var candidates = new List<DateOnly>();
        foreach (var lunarYear in new[] { year - 1, year })
        {
            var leap = Calendar.GetLeapMonth(lunarYear);
            var month = leap > 0 && Month >= leap ? Month + 1 : Month;
            candidates.Add(DateOnly.FromDateTime(Calendar.ToDateTime(lunarYear, month, Day, 0, 0, 0, 0)));
        }

        return FirstIn(year, candidates);
    }
}
