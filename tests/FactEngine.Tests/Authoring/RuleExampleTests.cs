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

    [Fact]
    public void A_broken_expected_date_fails_with_the_rule_and_its_position()
    {
        var rules = TestRules.CompileOk("""
            lexicon Actor as actor { Germany; Ukraine; }
            claim handover(giver: actor*, item: text, recipient: actor*, when: date?);
            rule give-to {
              match giver:@Actor trigger:~deliver item:(!to){1,4} to recipient:@Actor;
              emit handover(when = nearest @Date);
              example "Germany delivered tanks to Ukraine on Monday." on 2023-03-29 => handover(giver: "Germany", when: "2023-03-27");
              example "Germany delivered tanks to Ukraine on Monday." on 2023-03-29 => handover(giver: "Germany", when: "2023-03-28");
              example "Nothing to see." => nothing;
            }
            """);

        var results = ExampleRunner.Run(rules);

        results.Select(r => r.Passed).ShouldBe([true, false, true]);
        var failure = results[1];
        (failure.Rule.Id, failure.Line, failure.Column).ShouldBe(("give-to", 7, 3));
        failure.Message.ShouldContain("when: expected [\"2023-03-28\"], got [\"2023-03-27\"]");
    }
}
