using FactEngine.Compilation;
using FactEngine.Extraction;
using FactEngine.Reading;

namespace FactEngine.Tests.Support;

/// <summary>Compiles rule text written inline in a test, from a temporary rules folder.</summary>
internal static class TestRules
{
    /// <summary>The bundled rule pack, copied beside the tests.</summary>
    public static string BundledRules => Path.Combine(AppContext.BaseDirectory, "rules");

    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>Writes files (name → text) into a fresh folder and returns its path.</summary>
    public static string Folder(params (string Name, string Text)[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "factengine-tests", Guid.NewGuid().ToString("N"));
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return folder;
    }

    public static RuleSetCompilation Compile(string text) => RuleSetCompiler.Compile(Folder(("main.rules", text)));

    public static CompiledRuleSet CompileOk(string text)
    {
        var compilation = Compile(text);
        compilation.RuleSet.ShouldNotBeNull(string.Join(Environment.NewLine, compilation.Diagnostics));
        return compilation.RuleSet;
    }

    public static ArticleExtraction Extract(CompiledRuleSet rules, string text, DateOnly? date = null) =>
        new Extractor(rules).Extract(Article.FromText("test", text, date));
}
