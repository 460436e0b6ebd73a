using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Loading;

/// <summary>A parsed rule file and its place in the load order.</summary>
internal sealed record LoadedRuleFile(string FullPath, RuleFileSyntax Syntax, int Order);
