namespace FactEngine.Compilation.Lexicons;

/// <summary>A lexicon entry: the canonical id, its attributes and the phrases that name it.</summary>
public sealed record LexiconEntry(string Canonical, IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<LexiconPhrase> Phrases);

/// <summary>A phrase of a lexicon entry; exact phrases match only with their written case.</summary>
public sealed record LexiconPhrase(string Text, bool Exact);
