namespace FactEngine.Dates;

/// <summary>A calendar unit used by relative dates and durations.</summary>
public enum TimeUnit
{
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>Which occurrence a modifier picks: "last May", "this May", "next May", or a bare "May".</summary>
public enum Relation
{
    None,
    Last,
    This,
    Next,
}
