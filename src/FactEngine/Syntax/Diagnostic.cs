namespace FactEngine.Syntax;

/// <summary>A problem in a rule file, with a stable code and the position it concerns.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, string Path, int Line, int Column)
{
    /// <summary>The source line the diagnostic points into, when known.</summary>
    public string? SourceLine { get; init; }

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic At(SourceText source, int offset, string code, string message,
        DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var (line, column) = source.GetLineColumn(offset);
        return new Diagnostic(severity, code, message, source.Path, line, column) { SourceLine = source.GetLine(line) };
    }

    /// <summary>The first line, in the compiler shape editors understand: <c>path(line,col): error FE0001: message</c>.</summary>
    public string Header =>
        $"{Path}({Line},{Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";

    /// <summary>The header, the source line and a caret under the column.</summary>
    public override string ToString()
    {
        if (SourceLine is null)
        {
            return Header;
        }

        var caretPadding = new string(SourceLine.Take(Math.Max(0, Column - 1)).Select(c => c == '\t' ? '\t' : ' ').ToArray());
        return $"{Header}{Environment.NewLine}    {SourceLine}{Environment.NewLine}    {caretPadding}^";
    }
}
