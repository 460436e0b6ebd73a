using FactEngine.Syntax;

namespace FactEngine.Compilation.Lexicons;

/// <summary>
/// Reads a lexicon from a TSV file: <c>canonical&lt;TAB&gt;key=value;key=value&lt;TAB&gt;alias|alias|'EXACT'</c>.
/// The aliases are what is matched (list the canonical among them to match it too); a line with no aliases
/// matches its canonical.
/// Lines starting with '#' and blank lines are skipped; a malformed line is a diagnostic naming its line.
/// </summary>
internal static class LexiconTsvReader
{
    public static IReadOnlyList<LexiconEntry> Read(SourceText source, List<Diagnostic> diagnostics)
    {
        var entries = new List<LexiconEntry>();
        var lineNumber = 0;
        foreach (var rawLine in source.Text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length is < 1 or > 3 || columns[0].Trim().Length == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.LexiconFile,
                    $"expected 'canonical<TAB>attributes<TAB>aliases', found {columns.Length} column(s)", source.Path, lineNumber, 1)
                { SourceLine = line });
                continue;
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            if (columns.Length > 1 && !ReadAttributes(columns[1], attributes))
            {
                var column = columns[0].Length + 2;
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.LexiconFile,
                    "attributes must be 'key=value' pairs separated by ';'", source.Path, lineNumber, column)
                { SourceLine = line });
                continue;
            }

            var canonical = columns[0].Trim();
            var phrases = columns.Length > 2
                ? columns[2].Split('|').Select(a => a.Trim()).Where(a => a.Length > 0).Select(ToPhrase).ToList()
                : [];
            if (phrases.Count == 0)
            {
                // A line without aliases names itself; otherwise only the aliases are matched, so an id that is
                // not itself a surface form ("Russia" in the demonym file) is never sought in the text.
                phrases.Add(new LexiconPhrase(canonical, false));
            }

            entries.Add(new LexiconEntry(canonical, attributes, phrases));
        }

        return entries;
    }

    private static LexiconPhrase ToPhrase(string alias) =>
        alias.Length > 2 && alias[0] == '\'' && alias[^1] == '\'' ? new LexiconPhrase(alias[1..^1], true) : new LexiconPhrase(alias, false);

    private static bool ReadAttributes(string column, Dictionary<string, string> attributes)
    {
        foreach (var pair in column.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                return false;
            }

            attributes[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }

        return true;
    }
}
