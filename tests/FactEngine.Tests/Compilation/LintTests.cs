using FactEngine.Compilation;
using FactEngine.Syntax;
using FactEngine.Tests.Support;

namespace FactEngine.Tests.Compilation;

public class LintTests
{
    private const string Prelude = """
        lexicon Actor as actor { Russia; Ukraine; }
        claim handover(giver: actor*, item: text, recipient: actor*);

        """;

    private const string Example = "example \"Russia gave tanks to Ukraine.\" => nothing;";

    private static IReadOnlyList<Diagnostic> Lint(string rules)
    {
        var compilation = RuleSetCompiler.Compile(TestRules.Folder(("main.rules", Prelude + rules)), lint: true);
        compilation.Succeeded.ShouldBeTrue(string.Join(Environment.NewLine, compilation.Diagnostics.Select(d => d.Header)));
        compilation.Diagnostics.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Warning);
        return compilation.Diagnostics;
    }

    // The prelude takes two lines: the rules under test start on line 3.
    [Theory]
    [InlineData("lexicon Unused { x; }\nrule r { match giver:@Actor ~give item:<word>; emit handover(); " + Example + " }", DiagnosticCodes.UnusedLexicon, 3, 1)]
    [InlineData("pattern Unused = x;\nrule r { match giver:@Actor ~give item:<word>; emit handover(); " + Example + " }", DiagnosticCodes.UnusedPattern, 3, 1)]
    [InlineData("mention Unused = x;\nrule r { match giver:@Actor ~give item:<word>; emit handover(); " + Example + " }", DiagnosticCodes.UnusedPattern, 3, 1)]
    [InlineData("rule r { match giver:@Actor ~give item:<word>; emit handover(); }", DiagnosticCodes.RuleWithoutExamples, 3, 6)]
    [InlineData("rule r { match giver:@Actor ~give item:<word>?; emit handover(); " + Example + " }", DiagnosticCodes.EmptyMatch, 3, 35)]
    [InlineData("rule r { match giver:@Actor ~give item:<word>; emit handover(); " + Example + " }\ncue negative within 3 before trigger = not?;", DiagnosticCodes.EmptyMatch, 4, 40)]
    [InlineData("rule a { match giver:@Actor ~give item:<word>; emit handover(); " + Example + " }\nrule b { match giver:@Actor ~give item:<word>; emit handover(); " + Example + " }", DiagnosticCodes.ShadowedRule, 4, 6)]
    [InlineData("rule a { match giver:@Actor ~give item:<word>; emit handover(); " + Example + " }\nrule b { priority 2; match giver:@Actor ~give item:<word>; emit handover(); " + Example + " }", DiagnosticCodes.ShadowedRule, 3, 6)]
    [InlineData("pattern Thing = _what:<word>?;\nrule r { match giver:@Actor ~give item:<word> @Thing; emit handover(); " + Example + " }", DiagnosticCodes.EmptyMatch, 3, 17)]
    public void Warnings_have_their_code_and_position(string rules, string code, int line, int column)
    {
        var warning = Lint(rules).ShouldHaveSingleItem();
        (warning.Code, warning.Line, warning.Column).ShouldBe((code, line, column), warning.Header);
    }

    [Theory]
    [InlineData("pattern Lead = (has | had){0,2};\nrule r { match giver:@Actor @Lead ~give item:<word>; emit handover(); " + Example + " }")]
    [InlineData("rule a { match giver:@Actor ~give item:<word>; emit handover(); " + Example + " }\nrule b { match giver:@Actor ~send item:<word>; emit handover(); " + Example + " }")]
    [InlineData("rule r { match giver:@Actor ~give (item:<word>)?; emit handover(); " + Example + " }")]
    public void Sound_rule_sets_have_no_warnings(string rules) => Lint(rules).ShouldBeEmpty();

    [Fact]
    public void Lint_runs_only_when_asked() =>
        RuleSetCompiler.Compile(TestRules.Folder(("main.rules", Prelude + "lexicon Unused { x; }"))).Diagnostics.ShouldBeEmpty();
}
