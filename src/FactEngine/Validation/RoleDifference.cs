using FactEngine.Claims;
using FactEngine.Compilation;

namespace FactEngine.Validation;

/// <summary>A role on which two claims of one event hold different values (both non-empty).</summary>
internal sealed record RoleDifference(string Role, RoleValueType Type, string Left, string Right)
{
    /// <summary>
    /// The roles on which two claims differ. Dates agree when one period contains the other (2022-01 and
    /// 2022-01-26); texts when they agree as items (same head word or containment).
    /// </summary>
    public static List<RoleDifference> Between(Claim a, Claim b, ClaimSchema? schema)
    {
        var differences = new List<RoleDifference>();
        foreach (var (role, values) in a.Roles)
        {
            var other = b.Role(role);
            if (values.Count == 0 || other.Count == 0)
            {
                continue;
            }

            var type = schema?.Role(role)?.Type ?? RoleValueType.Text;
            var same = type switch
            {
                RoleValueType.Date => DatesAgree(values, other),
                RoleValueType.Actor => RoleCompatibility.Keys(values).SetEquals(RoleCompatibility.Keys(other)),
                _ => RoleCompatibility.Keys(values).SetEquals(RoleCompatibility.Keys(other)),
            };
            if (!same)
            {
                differences.Add(new RoleDifference(role, type, Show(values), Show(other)));
            }
        }

        return differences;
    }

    public static string Show(IEnumerable<RoleValue> values) => string.Join(", ", values.Select(v => v.Value ?? v.Text));

    private static bool DatesAgree(IReadOnlyList<RoleValue> a, IReadOnlyList<RoleValue> b) =>
        a.All(x => b.Any(y => Contains(x, y) || Contains(y, x)));

    private static bool Contains(RoleValue outer, RoleValue inner)
    {
        if (outer.Value == inner.Value)
        {
            return true;
        }

        return DatePeriod.Of(outer) is { } o && DatePeriod.Of(inner) is { } i && o.First <= i.First && i.Last <= o.Last;
    }
}
