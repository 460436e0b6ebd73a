using FactEngine.Syntax;
using FactEngine.Tests.Support;
using static FactEngine.Tests.Validation.ValidationRules;

namespace FactEngine.Tests.Validation;

public class DeclaredCheckTests
{
    // ValidationRules.RuleText takes 14 lines: checks under test start on line 15.
    [Theory]
    [InlineData("check c.one: delivery when >= 1900-01-01;", DiagnosticCodes.UndefinedClaimOrRole, 15, 14)]
    [InlineData("check c.one: handover whom != giver;", DiagnosticCodes.UndefinedClaimOrRole, 15, 23)]
    [InlineData("check c.one: handover recipient != whom;", DiagnosticCodes.UndefinedClaimOrRole, 15, 36)]
    [InlineData("check c.one: handover recipient != item;", DiagnosticCodes.RoleTypeMismatch, 15, 36)]
    [InlineData("check c.one: handover item >= 1900-01-01;", DiagnosticCodes.RoleTypeMismatch, 15, 31)]
    [InlineData("check c.one: handover giver != 1900-01-01;", DiagnosticCodes.RoleTypeMismatch, 15, 32)]
    [InlineData("check c.one: handover when != \"it\";", DiagnosticCodes.RoleTypeMismatch, 15, 31)]
    [InlineData("check c.one: handover when >= 1900-01-01;\ncheck c.one: handover item != \"it\";", DiagnosticCodes.DuplicateDefinition, 16, 7)]
    [InlineData("check c.one: handover when >= 1900-01-01 fatal;", DiagnosticCodes.Syntax, 15, 42)]
    public void Check_mistakes_have_their_code_and_position(string check, string code, int line, int column)
    {
        var compilation = TestRules.Compile(RuleText + check);
        compilation.Succeeded.ShouldBeFalse();
        compilation.Errors.Select(d => (d.Code, d.Line, d.Column)).ShouldContain((code, line, column),
            string.Join(Environment.NewLine, compilation.Diagnostics.Select(d => d.Header)));
    }

    [Fact]
    public void A_role_compared_with_another_role_gives_the_declared_finding()
    {
        var rules = TestRules.CompileOk(RuleText + "check t.no-self: handover recipient != giver error;");
        const string text = "Germany handed the documents to Berlin.";
        var finding = Single(Extract(text, rules).Claims.ShouldHaveSingleItem(), "t.no-self");
        finding.Severity.ShouldBe("error");
        finding.Related.ShouldBe([Span("text", text, "Berlin"), Span("text", text, "Germany")]);
    }

    [Theory]
    [InlineData("Germany delivered 14 tanks to Ukraine in 1899.", true)]
    [InlineData("Germany delivered 14 tanks to Ukraine in 1900.", false)]
    [InlineData("Germany delivered 14 tanks to Ukraine.", false)]
    public void A_date_compared_with_a_literal_breaks_only_when_its_whole_period_does(string text, bool breaks)
    {
        var rules = TestRules.CompileOk(RuleText + "check t.old-date: handover when >= 1900-01-02 warning;");
        var findings = Extract(text, rules).Claims.ShouldHaveSingleItem().Findings.Where(f => f.Check == "t.old-date").ToList();
        findings.Count.ShouldBe(breaks ? 1 : 0);
        findings.ShouldAllBe(f => f.Severity == "warning");
    }

    [Fact]
    public void A_text_compared_with_a_quoted_text_ignores_case_and_defaults_to_warning()
    {
        var rules = TestRules.CompileOk(RuleText + "check t.pronoun: handover item != \"it\";");
        const string text = "Germany handed It to Ukraine.";
        var finding = Single(Extract(text, rules).Claims.ShouldHaveSingleItem(), "t.pronoun");
        finding.Severity.ShouldBe("warning");
        finding.Related.ShouldBe([Span("text", text, "It")]);
    }

    [Fact]
    public void The_bundled_pack_declares_checks_that_compile()
    {
        var compilation = FactEngine.Compilation.RuleSetCompiler.Compile(TestRules.BundledRules);
        compilation.RuleSet.ShouldNotBeNull();
        compilation.RuleSet.Checks.Select(c => c.Id).ShouldContain("handover.old-date");
    }
}
