using System.Globalization;

namespace FactEngine.Dates;

/// <summary>Writes dates as TIMEX3 values: 2022-01-26, 2022-W05, 2022-W05-WE, 2022-01, 2022-Q1, 2022-H1, 2022-SU, 2022, 199X, 19XX.</summary>
internal static class TimexFormat
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day with its time to the minute: 2013-02-12T05:30.</summary>
    public static string Minute(DateTime moment) => moment.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Week(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return $"{Year(ISOWeek.GetYear(day))}-W{ISOWeek.GetWeekOfYear(day):00}";
    }

    public static string Month(int year, int month) => $"{Year(year)}-{month:00}";

    public static string Quarter(int year, int quarter) => $"{Year(year)}-Q{quarter}";

    public static string Half(int year, int half) => $"{Year(year)}-H{half}";

    public static string Season(int year, Season season) => $"{Year(year)}-{SeasonCode(season)}";

    /// <summary>Four digits; a year before the common era as "-345".</summary>
    public static string Year(int year) =>
        year < 0 ? year.ToString(CultureInfo.InvariantCulture) : year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Decade(int startYear) => $"{Year(startYear)[..3]}X";

    public static string Century(int ordinal) => $"{ordinal - 1:00}XX";

    public static string SeasonCode(Season season) => season switch
    {
        Dates.Season.Spring => "SP",
        Dates.Season.Summer => "SU",
        Dates.Season.Fall => "FA",
        _ => "WI",
    };
}
