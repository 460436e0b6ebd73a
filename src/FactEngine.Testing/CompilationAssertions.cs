using FactEngine.Compilation;
using FactEngine.Extraction;
using FactEngine.Reading;
using Shouldly;

namespace FactEngine.Testing;

/// <summary>Assertions on rule compilation, and extraction straight from a compilation or a rule set.</summary>
public static class CompilationAssertions
{
    /// <summary>Asserts the rules compile and returns the rule set; a failure lists every diagnostic.</summary>
    public static CompiledRuleSet ShouldCompile(this RuleSetCompilation compilation) =>
        compilation.RuleSet ?? throw new ShouldAssertException(
            $"rules should compile but have {compilation.Errors.Count()} error(s):{Environment.NewLine}{Diagnostics(compilation)}");

    /// <summary>Asserts the rules do not compile, with an error of this code (at this line and column, when given).</summary>
    public static void ShouldFailToCompile(this RuleSetCompilation compilation, string code, int? line = null, int? column = null)
    {
        var fits = compilation.Errors.Any(d => d.Code == code && (line is null || d.Line == line) && (column is null || d.Column == column));
        if (!compilation.Succeeded && fits)
        {
            return;
        }

        var where = line is null ? "" : column is null ? $" at line {line}" : $" at ({line},{column})";
        var got = compilation.Diagnostics.Count == 0 ? "compiled cleanly" : $"got:{Environment.NewLine}{Diagnostics(compilation)}";
        throw new ShouldAssertException($"rules should fail to compile with {code}{where} but {got}");
    }

    /// <summary>Compiles (asserting success) and extracts from one article.</summary>
    public static ArticleExtraction Extract(this RuleSetCompilation compilation, Article article) =>
        compilation.ShouldCompile().Extract(article);

    public static ArticleExtraction Extract(this CompiledRuleSet rules, Article article) => new Extractor(rules).Extract(article);

    private static string Diagnostics(RuleSetCompilation compilation) =>
        string.Join(Environment.NewLine, compilation.Diagnostics.Select(d => d.Header));
}
