namespace FactEngine.Dates;

/// <summary>Navroz of the Shahenshahi Parsi calendar, whose year has 365 days and no leap day, so the new year
/// moves one Gregorian day earlier every four years. Known epoch: 1 Farvardin fell on 17 August 2018.</summary>
public sealed record ParsiNewYear : CalendarRule
{
    private static readonly DateOnly Epoch = new(2018, 8, 17);

    public override DateOnly DateIn(int year)
    {
        var start = new DateOnly(year, 1, 1);
        var days = start.DayNumber - Epoch.DayNumber;
        var ahead = ((-days % 365) + 365) % 365;
        return start.AddDays(ahead);
    }
}
