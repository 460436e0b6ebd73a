using FactEngine.Compilation;
using FactEngine.Syntax;
using FactEngine.Tests.Support;

namespace FactEngine.Tests.Compilation;

public class SemanticDiagnosticsTests
{
    private const string Prelude = """
        lexicon Actor as actor { Russia; Ukraine; }
        lexicon Word { alpha; }
        claim handover(giver: actor+, item: text, recipient: actor*, when: date?);

        """;

    // The prelude takes three lines: the rules under test start on line 4.
    [Theory]
    [InlineData("pattern P = @Nope;", DiagnosticCodes.UndefinedReference, 4, 13)]
    [InlineData("rule r { match giver:@Actor item:gave; emit handover each thing; }", DiagnosticCodes.UndefinedClaimOrRole, 4, 59)]
    [InlineData("rule r { match giver:@Actor item:gave; emit handover each item; }", DiagnosticCodes.RoleTypeMismatch, 4, 59)]
    [InlineData("rule r { match giver:@Actor x:gave; emit handover; }", DiagnosticCodes.UnboundCapture, 4, 29)]
    [InlineData("rule r { match giver:@Actor item:gave; emit nope; }", DiagnosticCodes.UndefinedClaimOrRole, 4, 40)]
    [InlineData("rule r { match giver:@Actor item:gave; emit handover(whom = item); }", DiagnosticCodes.UndefinedClaimOrRole, 4, 54)]
    [InlineData("rule r { match giver:@Word item:gave; emit handover; }", DiagnosticCodes.RoleTypeMismatch, 4, 16)]
    [InlineData("rule r { match giver:@Actor item:gave; emit handover(when = nearest @Actor); }", DiagnosticCodes.RoleTypeMismatch, 4, 69)]
    [InlineData("rule r { match giver:@Actor gave; emit handover; }", DiagnosticCodes.MissingRequiredRole, 4, 35)]
    [InlineData("rule r { match giver:@Actor item:gave; emit handover(item = thing); }", DiagnosticCodes.UndefinedCapture, 4, 61)]
    [InlineData("rule r { match giver:@Actor item:[]+; emit handover; }", DiagnosticCodes.UnboundedRepetition, 4, 34)]
    [InlineData("rule r { match giver:@Actor item:(gave?)*; emit handover; }", DiagnosticCodes.UnboundedRepetition, 4, 34)]
    [InlineData("rule r { match giver:@Actor item:a{5,2}; emit handover; }", DiagnosticCodes.InvalidRepetition, 4, 34)]
    [InlineData("rule r { match giver:@Actor item:/(ab/; emit handover; }", DiagnosticCodes.InvalidRegex, 4, 34)]
    [InlineData("pattern A = x @B;\npattern B = y @A;", DiagnosticCodes.RecursivePattern, 4, 15)]
    [InlineData("pattern Actor = x;", DiagnosticCodes.DuplicateDefinition, 4, 1)]
    [InlineData("rule r { match giver:@Actor item:gave; }", DiagnosticCodes.InvalidRule, 4, 1)]
    [InlineData("cue maybe within 3 before trigger = perhaps;", DiagnosticCodes.InvalidCue, 4, 1)]
    [InlineData("rule r { match giver:@Actor item:gave; emit handover; }\nrule r { match giver:@Actor item:sent; emit handover; }", DiagnosticCodes.DuplicateRuleId, 5, 6)]
    public void Semantic_errors_have_their_code_and_position(string rules, string code, int line, int column)
    {
        var compilation = TestRules.Compile(Prelude + rules);
        compilation.Succeeded.ShouldBeFalse();
        compilation.Errors.Select(d => (d.Code, d.Line, d.Column)).ShouldContain((code, line, column),
            string.Join(Environment.NewLine, compilation.Diagnostics.Select(d => d.Header)));
    }

    [Fact]
    public void Unbounded_repetition_of_a_restricted_token_is_accepted()
    {
        var rules = TestRules.CompileOk(Prelude + "rule r { match giver:@Actor item:<cap>+ (and <cap>)*; emit handover; }");
        rules.Rules.Single().Id.ShouldBe("r");
    }

    [Fact]
    public void Imports_resolve_relative_to_the_importing_file_and_never_leave_the_root()
    {
        var root = TestRules.Folder(
            ("main.rules", "import \"lib/actors.rules\";\nimport \"../outside.rules\";\nrule r { match giver:@Actor item:gave; emit handover; }"),
            ("lib/actors.rules", "lexicon Actor as actor { Russia; }\nclaim handover(giver: actor+, item: text);"));
        var compilation = RuleSetCompiler.Compile(root);
        var error = compilation.Errors.ShouldHaveSingleItem();
        (error.Code, error.Line, error.Column).ShouldBe((DiagnosticCodes.ImportOutsideRoot, 2, 8));
    }

    [Fact]
    public void An_import_cycle_is_reported_at_the_import_that_closes_it()
    {
        var root = TestRules.Folder(
            ("a.rules", "import \"sub/b.rules\";"),
            ("sub/b.rules", "import \"c.rules\";"),
            ("sub/c.rules", "import \"../a.rules\";"));
        var compilation = RuleSetCompiler.Compile(root);
        var error = compilation.Errors.ShouldHaveSingleItem();
        (error.Code, error.Path.Replace('\\', '/').EndsWith("sub/c.rules"), error.Line, error.Column)
            .ShouldBe((DiagnosticCodes.ImportCycle, true, 1, 8));
    }

    [Fact]
    public void Errors_in_two_files_are_all_reported()
    {
        var root = TestRules.Folder(
            ("a.rules", "pattern A = (x y;"),
            ("b.rules", "pattern B = @Missing;"));
        var compilation = RuleSetCompiler.Compile(root);
        compilation.Errors.Select(d => (Path.GetFileName(d.Path), d.Code))
            .ShouldBe([("a.rules", DiagnosticCodes.Syntax), ("b.rules", DiagnosticCodes.UndefinedReference)]);
    }

    [Fact]
    public void A_malformed_lexicon_file_line_is_reported_with_its_line()
    {
        var root = TestRules.Folder(
            ("main.rules", "lexicon Actor as actor from \"actors.tsv\";"),
            ("actors.tsv", "# comment\nRussia\tkind=state\tMoscow\nUkraine\tkind state\tKyiv\n"));
        var error = RuleSetCompiler.Compile(root).Errors.ShouldHaveSingleItem();
        (error.Code, error.Line, error.Column).ShouldBe((DiagnosticCodes.LexiconFile, 3, 9));
    }

    [Fact]
    public void The_bundled_rule_pack_compiles_cleanly()
    {
        var compilation = RuleSetCompiler.Compile(TestRules.BundledRules);
        compilation.Diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, compilation.Diagnostics));
    }
}
