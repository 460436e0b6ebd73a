namespace FactEngine.Compilation;

/// <summary>The type of a claim role's values, and of a lexicon's or mention's values.</summary>
public enum RoleValueType
{
    /// <summary>The text of the span; no normalised value.</summary>
    Text,

    /// <summary>A canonical actor id from a lexicon of type actor.</summary>
    Actor,

    /// <summary>A normalised date from the date grammar.</summary>
    Date,
}

internal static class RoleValueTypes
{
    public static RoleValueType? Parse(string name) => name switch
    {
        "text" => RoleValueType.Text,
        "actor" => RoleValueType.Actor,
        "date" => RoleValueType.Date,
        _ => null,
    };

    public static string Name(this RoleValueType type) => type.ToString().ToLowerInvariant();
}
