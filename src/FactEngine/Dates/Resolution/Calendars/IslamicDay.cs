using System.Globalization;

namespace FactEngine.Dates;

/// <summary>A day of the Islamic (Hijri) calendar: Eid al-Fitr is 1 Shawwal (month 10), Eid al-Adha 10 Dhu
/// al-Hijja (12). With <paramref name="LastFriday"/>, the last Friday of the month (Jumu'atul-Wida in Ramadan).
/// Computed with .NET's Umm al-Qura calendar (1900–2077), and the tabular Hijri calendar outside it.</summary>
public sealed record IslamicDay(int Month, int Day, bool LastFriday = false) : CalendarRule
{
    private static readonly UmAlQuraCalendar UmmAlQura = new();
    private static readonly HijriCalendar Tabular = new();

    public override DateOnly DateIn(int year)
    {
        if (year is < 623 or > 9000)
        {
            return new DateOnly(year, 1, 1);
        }

        Calendar calendar = year is > 1900 and < 2076 ? UmmAlQura : Tabular;
        var first = calendar.GetYear(new DateTime(year, 1, 1));
        var candidates = new List<DateOnly>();
        for (var hijriYear = first; hijriYear <= first + 1; hijriYear++)
        {
            if (!LastFriday)
            {
                candidates.Add(DateOnly.FromDateTime(calendar.ToDateTime(hijriYear, Month, Day, 0, 0, 0, 0)));
                continue;
            }

            var days = calendar.GetDaysInMonth(hijriYear, Month);
            var last = DateOnly.FromDateTime(calendar.ToDateTime(hijriYear, Month, days, 0, 0, 0, 0));
            candidates.Add(CalendarMath.OnOrBefore(last, DayOfWeek.Friday));
        }

        return FirstIn(year, candidates);
    }
}
