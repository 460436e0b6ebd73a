using FactEngine.Compilation.Programs;
using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Binding;

/// <summary>The names a rule set defines: patterns (macros) and mention types.</summary>
internal sealed class SymbolTable(MentionTypeTable types) : IPatternSymbols
{
    private readonly Dictionary<string, PatternNode> _patterns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);

    /// <summary>Marks names whose definition failed to parse, and every pattern that depends on them.</summary>
    public void MarkBroken(IEnumerable<string> names, IEnumerable<(string Name, PatternNode Body)> mentionRules)
    {
        _broken.UnionWith(names);
        var definitions = _patterns.Select(p => (p.Key, p.Value)).Concat(mentionRules).ToList();
        bool grew;
        do
        {
            grew = false;
            foreach (var (name, body) in definitions)
            {
                if (!_broken.Contains(name) && DependsOnBroken(body))
                {
                    _broken.Add(name);
                    grew = true;
                }
            }
        }
        while (grew);
    }

    public bool IsBroken(string name) => _broken.Contains(name);

    /// <summary>True when a pattern refers, directly or through named patterns, to a broken definition.</summary>
    public bool DependsOnBroken(PatternNode node) =>
        _broken.Count > 0 && ReferenceChecker.References(node).Any(r => _broken.Contains(r.Name));

    public MentionTypeTable Types => types;

    private readonly Dictionary<string, SourceText> _sources = new(StringComparer.Ordinal);

    public void AddPattern(string name, PatternNode body, SourceText? source = null)
    {
        _patterns[name] = body;
        if (source is not null)
        {
            _sources[name] = source;
        }
    }

    public SourceText? PatternSource(string name) => _sources.GetValueOrDefault(name);

    public bool HasPattern(string name) => _patterns.ContainsKey(name);

    public PatternNode? Pattern(string name) => _patterns.GetValueOrDefault(name);

    public int? MentionType(string name) => types.Id(name);

    public RoleValueType MentionValueType(int typeId) => types.ValueType(typeId);

    public bool IsDefined(string name) => _patterns.ContainsKey(name) || types.Id(name) is not null;

    public IEnumerable<string> Names => _patterns.Keys.Concat(Enumerable.Range(0, types.Count).Select(types.Name));
}
