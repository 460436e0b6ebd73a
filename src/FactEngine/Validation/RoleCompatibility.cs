using FactEngine.Claims;
using FactEngine.Compilation;

namespace FactEngine.Validation;

/// <summary>
/// When two claims can be mentions of one event. Two claims are <b>compatible</b> when they have the same type
/// and every role agrees, role by role:
/// <list type="bullet">
/// <item>a role with no value on either side is compatible with any value (one sentence may leave it unsaid);</item>
/// <item><c>giver</c>: the same set of canonical actors — who acts defines the event;</item>
/// <item>any other actor role (e.g. <c>recipient</c>): the sets share at least one canonical actor, so that
/// "to Ukraine" and "to Ukraine and Moldova" can be one event whose disagreement is reported as a conflict;</item>
/// <item>a text role (e.g. <c>item</c>): the same head word ("14 Leopard tanks" and "the tanks"), or one text
/// contains the other once case, punctuation and apostrophes are dropped ("Russia's" = "Russias");</item>
/// <item>a date role: always compatible — a second date for one event is a conflict, not a second event.</item>
/// </list>
/// Polarity and modality are compared by the callers: a merge needs them equal, a polarity conflict opposite.
/// </summary>
internal static class RoleCompatibility
{
    public static bool AreCompatible(Claim a, Claim b, ClaimSchema? schema)
    {
        if (a.Type != b.Type)
        {
            return false;
        }

        foreach (var (role, values) in a.Roles)
        {
            var other = b.Role(role);
            if (values.Count == 0 || other.Count == 0)
            {
                continue;
            }

            var type = schema?.Role(role)?.Type ?? (values[0].Temporal is null ? RoleValueType.Text : RoleValueType.Date);
            var compatible = type switch
            {
                RoleValueType.Date => true,
                RoleValueType.Actor when role == "giver" => Keys(values).SetEquals(Keys(other)),
                RoleValueType.Actor => Keys(values).Overlaps(Keys(other)),
                _ => TextsAgree(values, other),
            };
            if (!compatible)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The comparable keys of a role's values: the normalised value, else the normalised text.</summary>
    public static HashSet<string> Keys(IEnumerable<RoleValue> values) =>
        [.. values.Select(v => v.Value ?? ItemText.Normalize(v.Text))];

    private static bool TextsAgree(IReadOnlyList<RoleValue> a, IReadOnlyList<RoleValue> b) =>
        a.Any(x => b.Any(y => ItemText.Agree(x.Text, y.Text)));
}
