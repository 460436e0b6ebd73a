using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Loading;

/// <summary>
/// Loads a rule set: every <c>*.rules</c> file directly in the rules folder (in path order), and the files they
/// import (paths relative to the importing file, never outside the rules root). Imported files load before
/// their importers, which fixes the file order used by the conflict policy.
/// </summary>
internal sealed class RuleSetLoader
{
    private readonly string _root;
    private readonly List<LoadedRuleFile> _files = [];
    private readonly Dictionary<string, LoadedRuleFile> _byPath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];

    private RuleSetLoader(string root) => _root = Path.GetFullPath(root);

    public static (IReadOnlyList<LoadedRuleFile> Files, IReadOnlyList<Diagnostic> Diagnostics) Load(string rulesPath)
    {
        var isFile = File.Exists(rulesPath);
        var root = isFile ? Path.GetDirectoryName(Path.GetFullPath(rulesPath))! : rulesPath;
        var loader = new RuleSetLoader(root);
        if (!isFile && !Directory.Exists(rulesPath))
        {
            loader._diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.FileNotFound,
                $"rules folder '{rulesPath}' does not exist", rulesPath, 1, 1));
            return (loader._files, loader._diagnostics);
        }

        IEnumerable<string> entries = isFile
            ? [Path.GetFullPath(rulesPath)]
            : Directory.EnumerateFiles(root, "*.rules", SearchOption.TopDirectoryOnly).Select(Path.GetFullPath).Order(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            loader.LoadFile(entry, null, 0);
        }

        return (loader._files, loader._diagnostics);
    }

    /// <summary>The path shown in diagnostics: relative to the working folder when under it.</summary>
    internal static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
    }

    private void LoadFile(string fullPath, SourceText? importer, int importOffset)
    {
        if (_byPath.ContainsKey(fullPath))
        {
            return;
        }

        if (_inProgress.Contains(fullPath))
        {
            _diagnostics.Add(Diagnostic.At(importer!, importOffset, DiagnosticCodes.ImportCycle,
                $"import cycle: '{DisplayPath(fullPath)}' is already being imported"));
            return;
        }

        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var message = $"cannot read '{DisplayPath(fullPath)}': {e.Message}";
            _diagnostics.Add(importer is null
                ? new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.FileNotFound, message, DisplayPath(fullPath), 1, 1)
                : Diagnostic.At(importer, importOffset, DiagnosticCodes.FileNotFound, message));
            return;
        }

        _inProgress.Add(fullPath);
        var source = new SourceText(DisplayPath(fullPath), text);
        var (syntax, diagnostics) = RuleFileParser.Parse(source);
        _diagnostics.AddRange(diagnostics);
        foreach (var import in syntax.Statements.OfType<ImportSyntax>())
        {
            LoadImport(source, fullPath, import);
        }

        _inProgress.Remove(fullPath);
        var loaded = new LoadedRuleFile(fullPath, syntax, _files.Count);
        _files.Add(loaded);
        _byPath[fullPath] = loaded;
    }

    private void LoadImport(SourceText source, string importerPath, ImportSyntax import)
    {
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(importerPath)!, import.Path));
        if (!IsUnderRoot(target))
        {
            _diagnostics.Add(Diagnostic.At(source, import.PathOffset, DiagnosticCodes.ImportOutsideRoot,
                $"import '{import.Path}' leaves the rules folder; imports must stay under '{DisplayPath(_root)}'"));
            return;
        }

        if (!File.Exists(target))
        {
            _diagnostics.Add(Diagnostic.At(source, import.PathOffset, DiagnosticCodes.FileNotFound,
                $"imported file '{import.Path}' does not exist"));
            return;
        }

        LoadFile(target, source, import.PathOffset);
    }

    internal bool IsUnderRoot(string fullPath) => IsUnder(_root, fullPath);

    internal static bool IsUnder(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
