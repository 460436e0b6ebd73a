namespace FactEngine.Compilation;

/// <summary>The mention types of a rule set: built-ins, lexicons and mention rules, by id.</summary>
public sealed class MentionTypeTable
{
    /// <summary>The built-in date mention type, produced by the date grammar.</summary>
    public const string Date = "Date";

    private readonly List<(string Name, RoleValueType Type)> _types = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public MentionTypeTable() => DateType = Add(Date, RoleValueType.Date);

    public int DateType { get; }

    public int Count => _types.Count;

    public int Add(string name, RoleValueType type)
    {
        if (_ids.TryGetValue(name, out var existing))
        {
            return existing;
        }

        _types.Add((name, type));
        _ids[name] = _types.Count - 1;
        return _types.Count - 1;
    }

    public int? Id(string name) => _ids.TryGetValue(name, out var id) ? id : null;

    public string Name(int id) => _types[id].Name;

    public RoleValueType ValueType(int id) => _types[id].Type;
}
