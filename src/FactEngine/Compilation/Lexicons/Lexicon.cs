namespace FactEngine.Compilation.Lexicons;

/// <summary>A named lexicon: entries whose phrases become mentions of type <see cref="Name"/>.</summary>
public sealed record Lexicon(string Name, RoleValueType ValueType, IReadOnlyList<LexiconEntry> Entries);
