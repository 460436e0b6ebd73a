using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Programs;

/// <summary>What a pattern can refer to by name.</summary>
internal interface IPatternSymbols
{
    /// <summary>The body of a named pattern (a macro), or null.</summary>
    PatternNode? Pattern(string name);

    /// <summary>The id of a mention type (lexicon, mention rule or built-in), or null.</summary>
    int? MentionType(string name);

    /// <summary>The value type of a mention type.</summary>
    RoleValueType MentionValueType(int typeId);

    /// <summary>The file a named pattern is written in, when known.</summary>
    SourceText? PatternSource(string name) => null;
}
