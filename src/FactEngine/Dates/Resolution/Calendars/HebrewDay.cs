using System.Globalization;

namespace FactEngine.Dates;

/// <summary>Hebrew months in their civil order from Tishrei, as <see cref="HebrewDay"/> names them (Adar is Adar II
/// in a leap year, when Purim falls).</summary>
public enum HebrewMonth
{
    Tishrei = 1,
    Cheshvan,
    Kislev,
    Tevet,
    Shevat,
    Adar,
    Nisan,
    Iyar,
    Sivan,
    Tammuz,
    Av,
    Elul,
}

/// <summary>How a Hebrew date moves when it meets the Sabbath: Tisha B'Av leaves Saturday for Sunday; Yom
/// Haatzmaut leaves Friday and Saturday for Thursday and Monday for Tuesday; Yom Hashoah leaves Friday for
/// Thursday and Sunday for Monday.</summary>
public enum HebrewPostponement
{
    None,
    SaturdayToSunday,
    IndependenceDay,
    HolocaustDay,
}

/// <summary>A day of the Hebrew calendar. Jewish days begin at sunset, and Duckling gives the Gregorian day on
/// whose evening the holiday begins, so the rule is the eve of the (postponed) day.</summary>
public sealed record HebrewDay(HebrewMonth Month, int Day, HebrewPostponement Postponement = HebrewPostponement.None) : CalendarRule
{
    private static readonly HebrewCalendar Calendar = new();

    public override DateOnly DateIn(int year)
    {
        if (year < 1584 || year > 2238)
        {
            return new DateOnly(year, 1, 1);
        }

        // Gregorian year Y overlaps Hebrew years Y+3760 (from Tishrei) and Y+3761.
        var candidates = new List<DateOnly>();
        foreach (var hebrewYear in new[] { year + 3760, year + 3761 })
        {
            var day = DateOnly.FromDateTime(Calendar.ToDateTime(hebrewYear, MonthNumber(hebrewYear), Day, 0, 0, 0, 0));
            candidates.Add(Postpone(day).AddDays(-1));
        }

        return FirstIn(year, candidates);
    }

    /// <summary>.NET numbers months from Tishrei, with Adar I inserted as month 6 in leap years.</summary>
    private int MonthNumber(int hebrewYear)
    {
        var month = (int)Month;
        return Calendar.IsLeapYear(hebrewYear) && month >= (int)HebrewMonth.Adar ? month + 1 : month;
    }

    private DateOnly Postpone(DateOnly day) => (Postponement, day.DayOfWeek) switch
    {
        (HebrewPostponement.SaturdayToSunday, DayOfWeek.Saturday) => day.AddDays(1),
        (HebrewPostponement.IndependenceDay, DayOfWeek.Friday) => day.AddDays(-1),
        (HebrewPostponement.IndependenceDay, DayOfWeek.Saturday) => day.AddDays(-2),
        (HebrewPostponement.IndependenceDay, DayOfWeek.Monday) => day.AddDays(1),
        (HebrewPostponement.HolocaustDay, DayOfWeek.Friday) => day.AddDays(-1),
        (HebrewPostponement.HolocaustDay, DayOfWeek.Sunday) => day.AddDays(1),
        _ => day,
    };
}
