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

    /// <summary>The text of the span, valued by its head word ("long-range, precision artillery" → artillery).</summary>
    Phrase,
}

internal static class RoleValueTypes
{
    public static RoleValueType? Parse(string name) => name switch
    {
        "text" => RoleValueType.Text,
        "actor" => RoleValueType.Actor,
        "date" => RoleValueType.Date,
        "phrase" => RoleValueType.Phrase,
        _ => null,
    };

    public static string Name(this RoleValueType type) => type.ToString().ToLowerInvariant();

    /// <summary>Whether a role of this type takes any captured text (text and phrase roles).</summary>
    public static bool TakesAnyText(this RoleValueType type) => type is RoleValueType.Text or RoleValueType.Phrase;
}
