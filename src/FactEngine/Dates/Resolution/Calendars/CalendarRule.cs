namespace FactEngine.Dates;

/// <summary>How a holiday that follows a calendar other than the Gregorian one falls in a Gregorian year. Each
/// rule computes the date (no tables): see the records in this folder.</summary>
public abstract record CalendarRule
{
    /// <summary>The day the holiday is observed in <paramref name="year"/>; when it falls twice, the first; when it
    /// does not fall in that year, the next one after it.</summary>
    public abstract DateOnly DateIn(int year);

    /// <summary>The first of the (at most a few) candidate dates that lies in <paramref name="year"/>, else the
    /// earliest one after the year's start.</summary>
    private protected static DateOnly FirstIn(int year, IEnumerable<DateOnly> candidates)
    {
        var start = new DateOnly(year, 1, 1);
        var sorted = candidates.Where(d => d >= start).OrderBy(d => d).ToList();
        return sorted.Count > 0 ? sorted[0] : start;
    }
}
