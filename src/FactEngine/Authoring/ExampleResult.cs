using FactEngine.Claims;
using FactEngine.Compilation;
using FactEngine.Syntax.Ast;

namespace FactEngine.Authoring;

/// <summary>The outcome of one rule example: passed, or why not, with the claims the rule gave.</summary>
public sealed record ExampleResult(RuleOrigin Rule, int Line, int Column, ExampleSyntax Example, bool Passed, string Message, IReadOnlyList<Claim> Actual)
{
    /// <summary>A readable name: rule id and position, e.g. <c>handover.hand-over@rules/handover.rules:14</c>.</summary>
    public string Name => $"{Rule.Id}@{Rule.File}:{Line}";
}
