namespace FactEngine.Dates;

/// <summary>Picks the year of a date written without one ("January 26", "May", "the third quarter").
/// News mode: the publication year, unless a past-tense clause would put the date more than a month after
/// publication (then the year before) or a future-tense clause would put it before (then the year after); with no
/// tense, the occurrence nearest to publication.
/// Forward mode: the next occurrence, the current one included.</summary>
internal static class YearChoice
{
    /// <summary>How far after publication a date in a past-tense clause may lie and keep the publication year:
    /// reports often name a deadline just ahead ("extended the offer to Nov. 20", published Nov. 2). Measured on
    /// TimeBank and AQUAINT.</summary>
    private const int PastSlackDays = 31;

    /// <param name="period">The first and last day of the period in a given year.</param>
    public static int Choose(DateOnly reference, DateContext context, Func<int, (DateOnly First, DateOnly Last)> period)
    {
        var year = reference.Year;
        var (first, last) = period(year);
        if (context.Mode == DateMode.Forward)
        {
            return last < reference ? year + 1 : year;
        }

        return context.Tense switch
        {
            Tense.Past => first.DayNumber > reference.DayNumber + PastSlackDays ? year - 1 : year,
            Tense.Future => last < reference ? year + 1 : year,
            _ => Nearest(reference, year, period),
        };
    }

    /// <summary>With no tense to go by, the occurrence nearest to the reference.</summary>
    private static int Nearest(DateOnly reference, int year, Func<int, (DateOnly First, DateOnly Last)> period)
    {
        int Distance(int y)
        {
            var (first, last) = period(y);
            return reference < first ? first.DayNumber - reference.DayNumber
                : reference > last ? reference.DayNumber - last.DayNumber : 0;
        }

        return new[] { year, year - 1, year + 1 }.OrderBy(Distance).First();
    }

    public static (DateOnly First, DateOnly Last) MonthSpan(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    public static (DateOnly First, DateOnly Last) DaySpan(int year, int month, int day)
    {
        var date = CalendarMath.TryDate(year, month, day) ?? new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        return (date, date);
    }
}
