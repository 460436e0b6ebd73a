using FactEngine.Authoring;
using FactEngine.Compilation;
using FactEngine.Tests.Support;

namespace FactEngine.Tests.Authoring;

/// <summary>
/// Every example written in the bundled rules, one test case each (rule id and line), so a rule change that
/// breaks an example fails <c>dotnet test</c>.
/// </summary>
public class RuleExampleTests
{
    private static readonly Lazy<IReadOnlyList<ExampleResult>> Results = new(() =>
    {
        var compilation = RuleSetCompiler.Compile(TestRules.BundledRules);
        compilation.RuleSet.ShouldNotBeNull(string.Join(Environment.NewLine, compilation.Diagnostics));
        return ExampleRunner.Run(compilation.RuleSet);
    });

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var result in Results.Value)
        {
            data.Add(result.Rule.Id, result.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_yields_its_expected_claim(string rule, int line)
    {
        var result = Results.Value.Single(r => r.Rule.Id == rule && r.Line == line);
        result.Passed.ShouldBeTrue($"{result.Rule.File}({result.Line},{result.Column}): {result.Message}");
    }

    [Fact]
    public void Every_rule_of_the_bundled_pack_has_an_example()
    {
        var compilation = RuleSetCompiler.Compile(TestRules.BundledRules);
        var withExamples = Results.Value.Select(r => r.Rule.Id).ToHashSet();
        compilation.RuleSet!.Rules.Where(r => !withExamples.Contains(r.Id)).ShouldBeEmpty();
    }
}
