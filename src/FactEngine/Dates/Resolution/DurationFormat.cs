namespace FactEngine.Dates;

/// <summary>Writes durations as ISO 8601 / TIMEX values: P3W, P10Y, PT24H, P6M for two quarters, PXY when vague.</summary>
internal static class DurationFormat
{
    public static TemporalValue Resolve(DurationExpression duration)
    {
        var value = Format(duration.Unit, duration.Amount);
        var end = duration.UpperAmount is int upper ? Format(duration.Unit, upper) : null;
        return new TemporalValue(TemporalKind.Duration, value, duration.Unit.ToString().ToLowerInvariant(), Anchor.Explicit, End: end);
    }

    private static string Format(TimeUnit unit, int? amount)
    {
        var n = amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "X";
        return unit switch
        {
            TimeUnit.Hour => $"PT{n}H",
            TimeUnit.Day => $"P{n}D",
            TimeUnit.Week => $"P{n}W",
            TimeUnit.Weekend => $"P{n}WE",
            TimeUnit.Month => $"P{n}M",
            TimeUnit.Quarter => amount is int q ? $"P{3 * q}M" : "PXQ",
            TimeUnit.Year => $"P{n}Y",
            TimeUnit.Decade => $"P{n}DE",
            _ => $"P{n}CE",
        };
    }
}
