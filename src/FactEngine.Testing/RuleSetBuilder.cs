using FactEngine.Compilation;

namespace FactEngine.Testing;

/// <summary>
/// Rule sets for tests: rule text written inline (saved to a fresh temporary folder, with any lexicon files
/// beside it), or a folder on disk. The result is the compilation, so a test can assert its diagnostics.
/// </summary>
public sealed class RuleSetBuilder
{
    private readonly List<(string Name, string Text)> _files = [];

    private RuleSetBuilder()
    {
    }

    /// <summary>Starts an empty rule set; add files with <see cref="WithFile"/>.</summary>
    public static RuleSetBuilder Create() => new();

    /// <summary>Compiles one rules file written inline.</summary>
    public static RuleSetCompilation FromText(string rules) => Create().WithFile("main.rules", rules).Compile();

    /// <summary>Compiles a rules folder (every <c>*.rules</c> file in it) or one rules file.</summary>
    public static RuleSetCompilation FromFolder(string path) => RuleSetCompiler.Compile(path);

    /// <summary>Adds a file: a <c>.rules</c> file, or a lexicon (<c>lexicons/actors.tsv</c>) the rules load.</summary>
    public RuleSetBuilder WithFile(string relativePath, string text)
    {
        _files.Add((relativePath, text));
        return this;
    }

    /// <summary>Writes the files into a fresh temporary folder and compiles it.</summary>
    public RuleSetCompilation Compile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "factengine-testing", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in _files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return RuleSetCompiler.Compile(folder);
    }
}
