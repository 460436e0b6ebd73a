using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Programs;

/// <summary>A test on a mention: its type, and optionally attribute values of its lexicon entry.</summary>
internal sealed record MentionTest(int TypeId, string TypeName, IReadOnlyList<AttributeFilter> Filters, bool Negated = false)
{
    public string Description => Filters.Count == 0
        ? $"@{TypeName}"
        : $"@{TypeName}[{string.Join(", ", Filters.Select(f => $"{f.Key}={f.Value}"))}]";
}
