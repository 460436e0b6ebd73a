namespace FactEngine.Syntax;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}
