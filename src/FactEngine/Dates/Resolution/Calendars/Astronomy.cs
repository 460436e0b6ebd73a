namespace FactEngine.Dates;

/// <summary>Low-precision positions of the Sun and Moon (Meeus, <i>Astronomical Algorithms</i>, ch. 25 and the
/// main periodic terms of ch. 47): about 0.01° for the Sun and a few arc minutes for the Moon, enough to place a
/// tithi or a solar transit within an hour or so. Times are Julian days (UT, the ~1 minute ΔT is ignored).</summary>
internal static class Astronomy
{
    /// <summary>Julian day of 2000-01-01 12:00 UT.</summary>
    public const double J2000 = 2451545.0;

    /// <summary>Mean length of a synodic month, in days.</summary>
    public const double SynodicMonth = 29.530588861;

    // Moon longitude terms: multiples of D, M, M', F and the coefficient in 1e-6 degrees (E-corrected when M ≠ 0).
    private static readonly (int D, int M, int Mp, int F, int Coefficient)[] MoonTerms =
    [
        (0, 0, 1, 0, 6288774), (2, 0, -1, 0, 1274027), (2, 0, 0, 0, 658314), (0, 0, 2, 0, 213618),
        (0, 1, 0, 0, -185116), (0, 0, 0, 2, -114332), (2, 0, -2, 0, 58793), (2, -1, -1, 0, 57066),
        (2, 0, 1, 0, 53322), (2, -1, 0, 0, 45758), (0, 1, -1, 0, -40923), (1, 0, 0, 0, -34720),
        (0, 1, 1, 0, -30383), (2, 0, 0, -2, 15327), (0, 0, 1, 2, -12528), (0, 0, 1, -2, 10980),
        (4, 0, -1, 0, 10675), (0, 0, 3, 0, 10034), (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888),
        (2, 1, 0, 0, -6766), (1, 0, -1, 0, -5163), (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036),
        (2, 0, 2, 0, 3994), (4, 0, 0, 0, 3861), (2, 0, -3, 0, 3665), (0, 1, -2, 0, -2689),
        (2, 0, -1, 2, -2602), (2, -1, -2, 0, 2390), (1, 0, 1, 0, -2348), (2, -2, 0, 0, 2236),
        (0, 1, 2, 0, -2120), (0, 2, 0, 0, -2069), (2, -2, -1, 0, 2048), (2, 0, 1, -2, -1773),
        (2, 0, 0, 2, -1595), (4, -1, -1, 0, 1215), (0, 0, 2, 2, -1110), (3, 0, -1, 0, -892),
        (2, 1, 1, 0, -810), (4, -1, -2, 0, 759), (0, 2, -1, 0, -713), (2, 2, -1, 0, -700),
    ];

    public static double JulianDay(DateOnly date, double hoursUt) => date.DayNumber + 1721425.5 + (hoursUt / 24);

    public static DateOnly DateOf(double julianDay) => DateOnly.FromDayNumber((int)Math.Floor(julianDay - 1721425.5));

    /// <summary>The Sun's apparent tropical longitude, in degrees.</summary>
    public static double SunLongitude(double julianDay)
    {
        var t = (julianDay - J2000) / 36525;
        var l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var m = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var centre = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m))
                     + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m)) + (0.000289 * Math.Sin(3 * m));
        var omega = Radians(125.04 - (1934.136 * t));
        return Normalize(l0 + centre - 0.00569 - (0.00478 * Math.Sin(omega)));
    }

    /// <summary>The Moon's tropical longitude, in degrees.</summary>
    public static double MoonLongitude(double julianDay)
    {
        var t = (julianDay - J2000) / 36525;
        var lp = 218.3164477 + (481267.88123421 * t);
        var d = 297.8501921 + (445267.1114034 * t);
        var m = 357.5291092 + (35999.0502909 * t);
        var mp = 134.9633964 + (477198.8675055 * t);
        var f = 93.2720950 + (483202.0175233 * t);
        var e = 1 - (0.002516 * t);
        var sum = 0.0;
        foreach (var term in MoonTerms)
        {
            var argument = Radians((term.D * d) + (term.M * m) + (term.Mp * mp) + (term.F * f));
            var factor = Math.Abs(term.M) switch { 1 => e, 2 => e * e, _ => 1 };
            sum += term.Coefficient * factor * Math.Sin(argument);
        }

        sum += (3958 * Math.Sin(Radians(119.75 + (131.849 * t)))) + (1962 * Math.Sin(Radians(lp - f)))
               + (318 * Math.Sin(Radians(53.09 + (479264.290 * t))));
        var omega = Radians(125.04 - (1934.136 * t));
        return Normalize(lp + (sum / 1e6) - (0.00478 * Math.Sin(omega)));
    }

    /// <summary>The Lahiri ayanamsa (precession from the sidereal zodiac's origin), in degrees.</summary>
    public static double Ayanamsa(double julianDay) => 23.853 + (((julianDay - J2000) / 365.25) * 0.0139667);

    /// <summary>The Sun's sidereal (Lahiri) longitude.</summary>
    public static double SiderealSun(double julianDay) => Normalize(SunLongitude(julianDay) - Ayanamsa(julianDay));

    /// <summary>The Moon's sidereal (Lahiri) longitude.</summary>
    public static double SiderealMoon(double julianDay) => Normalize(MoonLongitude(julianDay) - Ayanamsa(julianDay));

    /// <summary>The Moon's elongation from the Sun, 0–360°: 0 at new moon, 180 at full moon.</summary>
    public static double Elongation(double julianDay) => Normalize(MoonLongitude(julianDay) - SunLongitude(julianDay));

    /// <summary>The time near <paramref name="guess"/> at which <paramref name="angle"/> reaches
    /// <paramref name="target"/>, for an angle that grows by about <paramref name="degreesPerDay"/>.</summary>
    public static double When(Func<double, double> angle, double target, double guess, double degreesPerDay)
    {
        var time = guess;
        for (var i = 0; i < 30; i++)
        {
            var error = Normalize(target - angle(time) + 180) - 180;
            time += error / degreesPerDay;
            if (Math.Abs(error) < 1e-6)
            {
                break;
            }
        }

        return time;
    }

    /// <summary>Sunrise and sunset (Julian days, UT) on a civil date at a place (degrees, east and north
    /// positive), for the Sun's upper limb with standard refraction.</summary>
    public static (double Rise, double Set) SunriseSunset(DateOnly date, double latitude, double longitude)
    {
        var noon = JulianDay(date, 12 - (longitude / 15));
        for (var i = 0; i < 2; i++)
        {
            var (declination, equationOfTime) = SunDeclinationAndEquationOfTime(noon);
            noon = JulianDay(date, 12 - (longitude / 15) - (equationOfTime / 60));
            if (i == 1)
            {
                var phi = Radians(latitude);
                var cosH = (Math.Sin(Radians(-0.833)) - (Math.Sin(phi) * Math.Sin(declination))) / (Math.Cos(phi) * Math.Cos(declination));
                var hours = Degrees(Math.Acos(Math.Clamp(cosH, -1, 1))) / 15;
                return (noon - (hours / 24), noon + (hours / 24));
            }
        }

        return (noon - 0.25, noon + 0.25);
    }

    private static (double Declination, double EquationOfTimeMinutes) SunDeclinationAndEquationOfTime(double julianDay)
    {
        var t = (julianDay - J2000) / 36525;
        var epsilon = Radians(23.439291 - (0.0130042 * t));
        var lambda = Radians(SunLongitude(julianDay));
        var declination = Math.Asin(Math.Sin(epsilon) * Math.Sin(lambda));
        var rightAscension = Degrees(Math.Atan2(Math.Cos(epsilon) * Math.Sin(lambda), Math.Cos(lambda)));
        var l0 = 280.46646 + (36000.76983 * t);
        var equation = Normalize(l0 - 0.0057183 - rightAscension + 180) - 180;
        return (declination, equation * 4);
    }

    public static double Normalize(double degrees) => ((degrees % 360) + 360) % 360;

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}
