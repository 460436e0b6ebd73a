using FactEngine.Syntax;

namespace FactEngine.Composition;

/// <summary>Thrown when the rules given to <c>AddFactEngine</c> do not compile; carries every diagnostic.</summary>
public sealed class RuleCompilationException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"the rules do not compile:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics.Where(d => d.IsError))}")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
