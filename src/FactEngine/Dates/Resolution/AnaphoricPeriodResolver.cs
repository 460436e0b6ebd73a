using System.Globalization;

namespace FactEngine.Dates;

/// <summary>"that year", "the following month", "that quarter", "the previous week": counted from the previous date in
/// the text when it is precise enough for the unit (a month for "the following month", a day or week for "that week"),
/// else null, and the caller counts from the reference.</summary>
internal static class AnaphoricPeriodResolver
{
    public static TemporalValue? Resolve(AnaphoricPeriod period, TemporalValue? previous)
    {
        if (previous is null || Parse(previous.Value) is not { } parts)
        {
            return null;
        }

        return period.Unit switch
        {
            TimeUnit.Year when period.Month is int named =>
                Value(TimexFormat.Month(parts.Year + period.Offset, named), Grain.Month),
            TimeUnit.Year => Value(TimexFormat.Year(parts.Year + period.Offset), Grain.Year),
            TimeUnit.Month when parts.Month is int month =>
                new DateOnly(parts.Year, month, 1).AddMonths(period.Offset) is var first
                    ? Value(TimexFormat.Month(first.Year, first.Month), Grain.Month)
                    : null,
            TimeUnit.Quarter when (parts.Quarter ?? (parts.Month is int m ? CalendarMath.QuarterOf(m) : null)) is int quarter =>
                new DateOnly(parts.Year, (3 * quarter) - 2, 1).AddMonths(3 * period.Offset) is var start
                    ? Value(TimexFormat.Quarter(start.Year, CalendarMath.QuarterOf(start.Month)), Grain.Quarter)
                    : null,
            TimeUnit.Week when parts.Day is DateOnly day => Value(TimexFormat.Week(day.AddDays(7 * period.Offset)), Grain.Week),
            _ => null,
        };
    }

    private static TemporalValue Value(string value, string grain) => new(TemporalKind.Date, value, grain, Anchor.Previous);

    /// <summary>The parts of a TIMEX value: 1988, 1988-10, 1988-10-31 (with a time after it or not), 1988-Q2, 1988-W43.</summary>
    private static (int Year, int? Month, int? Quarter, DateOnly? Day)? Parse(string value)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        if (value.Length == 4)
        {
            return (year, null, null, null);
        }

        if (value.Length >= 7 && value[4] == '-' && value[5] == 'Q' && value[6] is >= '1' and <= '4')
        {
            return (year, null, value[6] - '0', null);
        }

        if (value.Length >= 7 && value[4] == '-' && value[5] == 'W'
            && int.TryParse(value.AsSpan(6, Math.Min(2, value.Length - 6)), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return (year, monday.Month, null, monday);
        }

        if (value.Length >= 7 && value[4] == '-'
            && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            var day = value.Length >= 10 && value[7] == '-'
                && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && CalendarMath.TryDate(year, month, d) is DateOnly date
                    ? date
                    : (DateOnly?)null;
            return (year, month, null, day);
        }

        return null;
    }
}
