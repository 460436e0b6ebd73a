using FactEngine.Compilation.Lexicons;
using FactEngine.Compilation.Loading;
using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Binding;

/// <summary>Builds lexicons from their declarations: inline entries and TSV files; same-named lexicons merge.</summary>
internal static class LexiconBinder
{
    public static IReadOnlyList<Lexicon> Bind(IReadOnlyList<StatementSource<LexiconSyntax>> declarations, string root, List<Diagnostic> diagnostics)
    {
        var lexicons = new List<Lexicon>();
        foreach (var group in declarations.GroupBy(d => d.Statement.Name))
        {
            RoleValueType? type = null;
            var entries = new List<LexiconEntry>();
            foreach (var declaration in group)
            {
                var declared = declaration.Statement.ValueType is { } name ? RoleValueTypes.Parse(name) : RoleValueType.Text;
                if (declared is null)
                {
                    diagnostics.Add(Diagnostic.At(declaration.Source, declaration.Statement.Offset, DiagnosticCodes.RoleTypeMismatch,
                        $"unknown lexicon value type '{declaration.Statement.ValueType}'; expected actor, date or text"));
                    continue;
                }

                if (type is not null && type != declared)
                {
                    diagnostics.Add(Diagnostic.At(declaration.Source, declaration.Statement.Offset, DiagnosticCodes.DuplicateDefinition,
                        $"lexicon '{group.Key}' was declared as {type.Value.Name()} elsewhere; every part of a lexicon has one value type"));
                    continue;
                }

                type = declared;
                entries.AddRange(declaration.Statement.Entries.Select(e => ToEntry(e, declaration.Statement.Exact)));
                if (declaration.Statement.FromFile is { } file)
                {
                    entries.AddRange(ReadFile(declaration, file, root, diagnostics));
                }
            }

            lexicons.Add(new Lexicon(group.Key, type ?? RoleValueType.Text, entries));
        }

        return lexicons;
    }

    private static LexiconEntry ToEntry(LexiconEntrySyntax entry, bool exact) =>
        new(entry.Canonical.Text,
            entry.Attributes.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
            [new LexiconPhrase(entry.Canonical.Text, entry.Canonical.Exact || exact),
             .. entry.Aliases.Select(a => new LexiconPhrase(a.Text, a.Exact || exact))]);

    private static IReadOnlyList<LexiconEntry> ReadFile(StatementSource<LexiconSyntax> declaration, string file, string root, List<Diagnostic> diagnostics)
    {
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(declaration.FullPath)!, file));
        if (!RuleSetLoader.IsUnder(root, full))
        {
            diagnostics.Add(Diagnostic.At(declaration.Source, declaration.Statement.FromFileOffset, DiagnosticCodes.ImportOutsideRoot,
                $"lexicon file '{file}' is outside the rules folder"));
            return [];
        }

        try
        {
            var source = new SourceText(RuleSetLoader.DisplayPath(full), File.ReadAllText(full));
            return LexiconTsvReader.Read(source, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.At(declaration.Source, declaration.Statement.FromFileOffset, DiagnosticCodes.FileNotFound,
                $"cannot read lexicon file '{file}': {(e is FileNotFoundException ? "no such file" : e.Message)}"));
            return [];
        }
    }
}
