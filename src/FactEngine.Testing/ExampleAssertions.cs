using FactEngine.Authoring;
using FactEngine.Compilation;
using Shouldly;

namespace FactEngine.Testing;

/// <summary>Runs the examples written in a rule set, as <c>factengine test</c> does, from a test.</summary>
public static class ExampleAssertions
{
    /// <summary>Asserts that every example of every rule yields its expected claim (or nothing); a failure lists each broken one.</summary>
    public static void ShouldPassItsExamples(this CompiledRuleSet rules)
    {
        var failures = ExampleRunner.Run(rules).Where(r => !r.Passed).ToList();
        if (failures.Count > 0)
        {
            throw new ShouldAssertException($"{failures.Count} rule example(s) should pass but fail:{Environment.NewLine}"
                + string.Join(Environment.NewLine, failures.Select(f => $"{f.Rule.File}({f.Line},{f.Column}): {f.Rule.Id}: {f.Message}")));
        }
    }
}
