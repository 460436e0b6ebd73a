namespace FactEngine.Dates;

/// <summary>The grain names a <see cref="TemporalValue"/> carries.</summary>
internal static class Grain
{
    public const string Minute = "minute";
    public const string Hour = "hour";
    public const string Day = "day";
    public const string Week = "week";
    public const string Weekend = "weekend";
    public const string Month = "month";
    public const string Quarter = "quarter";
    public const string Half = "half";
    public const string Season = "season";
    public const string Year = "year";
    public const string Decade = "decade";
    public const string Century = "century";
    public const string Reference = "reference";
}

/// <summary>The anchor names a <see cref="TemporalValue"/> carries.</summary>
internal static class Anchor
{
    public const string Explicit = "explicit";
    public const string Publication = "publication-date";
    public const string Previous = "previous-date";
    public const string None = "none";
}
