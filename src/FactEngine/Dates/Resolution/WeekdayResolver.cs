namespace FactEngine.Dates;

/// <summary>Resolves weekdays. A bare weekday in news mode is the last one on or before the reference in a
/// past-tense clause, the next on or after it in a future one, and the nearest otherwise; in forward mode the
/// next one after the reference. "last X" is the latest X before the reference, "this X" the next on or after
/// it, "next X" the X of the following (Monday-based) week.</summary>
internal static class WeekdayResolver
{
    public static DateOnly Resolve(WeekdayDate weekday, DateOnly reference, DateContext context) => weekday.Relation switch
    {
        Relation.Last => CalendarMath.OnOrBefore(reference.AddDays(-1), weekday.Day),
        Relation.This => CalendarMath.OnOrAfter(reference, weekday.Day),
        Relation.Next => CalendarMath.WeekdayInWeekOf(reference.AddDays(7), weekday.Day),
        _ => Bare(weekday.Day, reference, context),
    };

    public static DateOnly Resolve(WeekdayInWeek weekday, DateOnly reference) =>
        CalendarMath.WeekdayInWeekOf(reference.AddDays(7 * weekday.WeekOffset), weekday.Day);

    private static DateOnly Bare(DayOfWeek day, DateOnly reference, DateContext context)
    {
        if (context.Mode == DateMode.Forward)
        {
            return CalendarMath.OnOrAfter(reference.AddDays(1), day);
        }

        var before = CalendarMath.OnOrBefore(reference, day);
        var after = CalendarMath.OnOrAfter(reference, day);
        return context.Tense switch
        {
            Tense.Past => before,
            Tense.Future => after,
            _ => reference.DayNumber - before.DayNumber <= after.DayNumber - reference.DayNumber ? before : after,
        };
    }
}
