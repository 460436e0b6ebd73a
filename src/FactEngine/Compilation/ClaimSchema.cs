namespace FactEngine.Compilation;

/// <summary>A declared claim type: <c>claim handover(giver: actor+, item: text, recipient: actor+, when: date?)</c>.</summary>
public sealed record ClaimSchema(string Name, IReadOnlyList<RoleSchema> Roles)
{
    public RoleSchema? Role(string name) => Roles.FirstOrDefault(r => r.Name == name);
}

/// <summary>A role: its value type and how many values it takes (<c>?</c> 0–1, <c>*</c> 0+, <c>+</c> 1+, none: exactly 1).</summary>
public sealed record RoleSchema(string Name, RoleValueType Type, bool Required, bool Many);
