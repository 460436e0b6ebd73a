namespace FactEngine.Dates;

/// <summary>The amanta lunar months of the Hindu calendar, each running from one new moon to the next and named
/// after the sign the Sun occupies at its opening new moon (Pisces opens Chaitra).</summary>
public enum LunarMonth
{
    Chaitra,
    Vaishakha,
    Jyeshtha,
    Ashadha,
    Shravana,
    Bhadrapada,
    Ashvin,
    Kartika,
    Margashirsha,
    Pausha,
    Magha,
    Phalguna,
}

/// <summary>The moment of the day at which a festival asks which tithi prevails: most festivals take the tithi
/// at sunrise; some take it at midday (Ganesh Chaturthi), in the evening twilight (Diwali's Lakshmi Puja, Holika
/// Dahan) or at midnight (Janmashtami, Maha Shivaratri).</summary>
public enum DayMoment
{
    Sunrise,
    Midday,
    Evening,
    Midnight,
}

/// <summary>Hindu calendar arithmetic on Indian civil days (IST, UTC+5:30), with sunrise and sunset at New Delhi:
/// tithis (12° steps of the Moon's elongation), lunar months with their leap (adhika) months, and the Sun's
/// entries into the sidereal signs.</summary>
internal static class HinduCalendar
{
    private const double Latitude = 28.61;
    private const double Longitude = 77.21;
    private const double IstHours = 5.5;
    private const double LunarDegreesPerDay = 12.19;

    /// <summary>The Indian civil day a moment (Julian day, UT) falls on.</summary>
    public static DateOnly CivilDay(double julianDay) => Astronomy.DateOf(julianDay + (IstHours / 24));

    /// <summary>The moment of <paramref name="day"/> at which its tithi is read.</summary>
    public static double MomentOf(DateOnly day, DayMoment moment)
    {
        var (rise, set) = Astronomy.SunriseSunset(day, Latitude, Longitude);
        return moment switch
        {
            DayMoment.Midday => (rise + set) / 2,
            DayMoment.Evening => set + (1.0 / 24),
            DayMoment.Midnight => (set + Astronomy.SunriseSunset(day.AddDays(1), Latitude, Longitude).Rise) / 2,
            _ => rise,
        };
    }

    public static double Sunset(DateOnly day) => Astronomy.SunriseSunset(day, Latitude, Longitude).Set;

    /// <summary>The regular (not adhika) lunar months of the 17 that open from September of the year before to
    /// about February of the year after: each month with the new moon that opens it. A month is adhika when the
    /// Sun is still in the same sign at the next new moon.</summary>
    public static IEnumerable<(LunarMonth Month, double NewMoon)> MonthsAround(int year)
    {
        var newMoons = new List<double>();
        var start = Astronomy.JulianDay(new DateOnly(year - 1, 10, 1), 0);
        var newMoon = Astronomy.When(Astronomy.Elongation, 0, start, LunarDegreesPerDay);
        while (newMoon > start)
        {
            newMoon -= Astronomy.SynodicMonth;
        }

        for (var i = 0; i < 18; i++)
        {
            newMoons.Add(Astronomy.When(Astronomy.Elongation, 0, newMoon + (i * Astronomy.SynodicMonth), LunarDegreesPerDay));
        }

        for (var i = 0; i + 1 < newMoons.Count; i++)
        {
            var sign = SignOf(newMoons[i]);
            if (sign != SignOf(newMoons[i + 1]))
            {
                yield return ((LunarMonth)((sign + 1) % 12), newMoons[i]);
            }
        }
    }

    /// <summary>The start and end (Julian days, UT) of tithi <paramref name="tithi"/> (1–30) of the month that
    /// opens at <paramref name="newMoon"/>.</summary>
    public static (double Start, double End) Tithi(double newMoon, int tithi)
    {
        var start = Astronomy.When(Astronomy.Elongation, (tithi - 1) * 12, newMoon + ((tithi - 1) * 0.98), LunarDegreesPerDay);
        var end = Astronomy.When(Astronomy.Elongation, (tithi * 12) % 360, newMoon + (tithi * 0.98), LunarDegreesPerDay);
        return (start, end);
    }

    /// <summary>The civil day whose <paramref name="moment"/> falls inside [start, end); when none does (a
    /// skipped tithi), the day the interval begins on.</summary>
    public static DateOnly DayWithin(double start, double end, DayMoment moment)
    {
        for (var day = CivilDay(start).AddDays(-1); day <= CivilDay(end); day = day.AddDays(1))
        {
            var at = MomentOf(day, moment);
            if (at >= start && at < end)
            {
                return day;
            }
        }

        return CivilDay(start);
    }

    /// <summary>The moment the Sun enters sidereal sign <paramref name="sign"/> (0 = Aries) during
    /// <paramref name="year"/>.</summary>
    public static double SolarTransit(int year, int sign)
    {
        var dayOfYear = (103.5 + (sign * 30.44)) % 365.25;
        var guess = Astronomy.JulianDay(new DateOnly(year, 1, 1), 0) + dayOfYear;
        return Astronomy.When(Astronomy.SiderealSun, sign * 30, guess, 0.9856);
    }

    private static int SignOf(double julianDay) => (int)(Astronomy.SiderealSun(julianDay) / 30) % 12;
}

/// <summary>A tithi of a lunar month: Diwali is the 30th (amavasya) of Ashvin read in the evening, Holi the day
/// after the 15th (purnima) of Phalguna. Tithis 1–15 are the bright half, 16–30 the dark half.</summary>
public sealed record HinduLunarDay(LunarMonth Month, int Tithi, DayMoment Moment = DayMoment.Sunrise, int Shift = 0) : CalendarRule
{
    public override DateOnly DateIn(int year) =>
        FirstIn(year, HinduCalendar.MonthsAround(year)
            .Where(m => m.Month == Month)
            .Select(m => HinduCalendar.Tithi(m.NewMoon, Tithi))
            .Select(t => HinduCalendar.DayWithin(t.Start, t.End, Moment).AddDays(Shift)));
}

/// <summary>How the civil day of a solar transit is chosen: Tamil and Punjabi calendars keep the day if the Sun
/// moves before sunset, else the next; the Bengali calendar starts the month the day after a transit before
/// midnight.</summary>
public enum TransitDay
{
    BeforeSunset,
    Bengali,
}

/// <summary>A day counted from the Sun's entry into a sidereal sign (0 = Aries): Makar Sankranti is Capricorn
/// (9), Vaisakhi Aries (0), Rabindra Jayanti the 25th of the Bengali month Boishakh.</summary>
public sealed record SolarTransitDay(int Sign, int Shift = 0, TransitDay Rule = TransitDay.BeforeSunset) : CalendarRule
{
    public override DateOnly DateIn(int year)
    {
        var transit = HinduCalendar.SolarTransit(year, Sign);
        var day = HinduCalendar.CivilDay(transit);
        var first = Rule == TransitDay.Bengali ? day.AddDays(1)
            : transit < HinduCalendar.Sunset(day) ? day : day.AddDays(1);
        return first.AddDays(Shift);
    }
}

/// <summary>The first day of a solar month (the Sun in sidereal sign <paramref name="Sign"/>) on which the Moon is
/// in nakshatra <paramref name="Nakshatra"/> (0 = Ashvini, 21 = Shravana/Thiruvonam) six nazhikas (2 h 24 min)
/// after sunrise, as the Kerala reckoning asks: Onam is Thiruvonam in Chingam (Leo).</summary>
public sealed record NakshatraDay(int Nakshatra, int Sign) : CalendarRule
{
    public override DateOnly DateIn(int year)
    {
        var transit = HinduCalendar.CivilDay(HinduCalendar.SolarTransit(year, Sign));
        for (var day = transit; day < transit.AddDays(32); day = day.AddDays(1))
        {
            var rise = HinduCalendar.MomentOf(day, DayMoment.Sunrise) + 0.1;
            if ((int)(Astronomy.SiderealSun(rise) / 30) == Sign && (int)(Astronomy.SiderealMoon(rise) / (360.0 / 27)) == Nakshatra)
            {
                return day;
            }
        }

        return transit;
    }
}
