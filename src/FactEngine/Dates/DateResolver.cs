namespace FactEngine.Dates;

/// <summary>Resolves a date expression against a reference date (stub: the date grammar replaces this).</summary>
public static class DateResolver
{
    public static TemporalValue Resolve(DateExpression expression, DateContext context) =>
        new(TemporalKind.Date, "XXXX", "unknown", "none", null, Resolved: false);
}
