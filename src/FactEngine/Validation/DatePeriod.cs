using System.Globalization;
using System.Text.RegularExpressions;
using FactEngine.Claims;
using FactEngine.Dates;

namespace FactEngine.Validation;

/// <summary>
/// The days a date value covers, first to last: 2022-02 is 2022-02-01..2022-02-28, 2022-W05 its seven days,
/// 199X the decade, a day with a clock time (2022-02-04T09:00) that day. Comparisons at the value's grain use these
/// bounds: 2022-02 is not after 2022-02-04.
/// </summary>
internal readonly record struct DatePeriod(DateOnly First, DateOnly Last)
{
    private static readonly Regex Shape = new(
        @"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2})(T\d{2}:\d{2})?)?|-W(?<w>\d{2})(?<we>-WE)?|-Q(?<q>[1-4])|-(?<s>SP|SU|FA|WI))?$|^(?<dec>\d{3})X$|^(?<cen>\d{2})XX$",
        RegexOptions.CultureInvariant);

    public static DatePeriod? Of(RoleValue value)
    {
        if (value.Temporal is { } temporal && (temporal.Kind != TemporalKind.Date || !temporal.Resolved))
        {
            return null;
        }

        var start = Parse(value.Temporal?.Value ?? value.Value);
        var end = value.Temporal?.End is { } e ? Parse(e) : start;
        return start is { } s && end is { } t ? new DatePeriod(s.First, t.Last) : null;
    }

    public static DatePeriod Day(DateOnly day) => new(day, day);

    public static DatePeriod? Parse(string? text)
    {
        var match = text is null ? null : Shape.Match(text);
        if (match is null || !match.Success)
        {
            return null;
        }

        if (match.Groups["dec"].Success)
        {
            var decade = int.Parse(match.Groups["dec"].Value, CultureInfo.InvariantCulture) * 10;
            return Years(decade, decade + 9);
        }

        if (match.Groups["cen"].Success)
        {
            var century = int.Parse(match.Groups["cen"].Value, CultureInfo.InvariantCulture) * 100;
            return Years(Math.Max(1, century), century + 99);
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return null;
        }

        try
        {
            return match switch
            {
                _ when match.Groups["d"].Success => Day(new DateOnly(year, Int(match, "m"), Int(match, "d"))),
                _ when match.Groups["m"].Success => Months(year, Int(match, "m"), 1),
                _ when match.Groups["w"].Success => Week(year, Int(match, "w"), match.Groups["we"].Success),
                _ when match.Groups["q"].Success => Months(year, (Int(match, "q") * 3) - 2, 3),
                _ when match.Groups["s"].Success => Season(year, match.Groups["s"].Value),
                _ => Years(year, year),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DatePeriod Years(int first, int last) => new(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));

    private static DatePeriod Months(int year, int month, int count)
    {
        var first = new DateOnly(year, month, 1);
        return new DatePeriod(first, first.AddMonths(count).AddDays(-1));
    }

    private static DatePeriod Week(int year, int week, bool weekend)
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return weekend ? new DatePeriod(monday.AddDays(5), monday.AddDays(6)) : new DatePeriod(monday, monday.AddDays(6));
    }

    /// <summary>Seasons by meteorological months; winter is taken as the whole year's ends (Dec–Feb is ambiguous).</summary>
    private static DatePeriod Season(int year, string code) => code switch
    {
        "SP" => Months(year, 3, 3),
        "SU" => Months(year, 6, 3),
        "FA" => Months(year, 9, 3),
        _ => Years(year, year),
    };
}
