using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Tests.Syntax;

public class RuleFileParserTests
{
    private static (RuleFileSyntax File, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text) =>
        RuleFileParser.Parse(new SourceText("test.rules", text));

    [Fact]
    public void Parses_every_statement_kind()
    {
        var (file, diagnostics) = Parse("""
            # a comment
            import "other.rules";
            lexicon Actor as actor { "United States" [kind=state]: 'US', Washington; NATO; }
            lexicon Big as actor from "big.tsv";
            pattern Actors = @Actor ("," @Actor){0,5} (and @Actor)?;
            mention Body = value:@Actor Ministry;
            claim handover(giver: actor+, item: text, recipient: actor*, when: date?);
            cue negative within 4 before trigger stop at @Break = not | ~refuse to;
            rule handover.hand-over {
              priority 10;
              match giver:@Actors trigger:~hand item:[]{1,8}? over to recipient:@Actors;
              emit handover(when = nearest @Date) negative future;
              example "The US handed notes over to NATO." on 2022-02-04 => handover(giver: ["United States"], when: null, polarity: negative);
              example "Nothing." => nothing;
            }
            """);
        diagnostics.ShouldBeEmpty();
        file.Statements.Select(s => s.GetType().Name).ShouldBe(
        [
            nameof(ImportSyntax), nameof(LexiconSyntax), nameof(LexiconSyntax), nameof(PatternSyntax), nameof(MentionSyntax),
            nameof(ClaimSchemaSyntax), nameof(CueSyntax), nameof(RuleSyntax),
        ]);
        var rule = file.Statements.OfType<RuleSyntax>().Single();
        rule.Id.ShouldBe("handover.hand-over");
        rule.Priority.ShouldBe(10);
        rule.Emit!.Bindings.Single().Nearest.ShouldBeTrue();
        rule.Examples.Count.ShouldBe(2);
        rule.Examples[0].Date.ShouldBe(new DateOnly(2022, 2, 4));
        rule.Examples[0].Expected!.Polarity.ShouldBe("negative");
        rule.Examples[1].Expected.ShouldBeNull();
    }

    [Theory]
    [InlineData("a b c", "a b c")]
    [InlineData("a | b c | (d e)?", "(a | b c | (d e)?)")]
    [InlineData("x:@Actor[kind=state] y:(a | b)+", "x:@Actor[kind=state] y:(a | b)+")]
    [InlineData("[]{0,4}? ~give !over <cap>* /^\\d+$/c", "<any>{0,4}? ~give !over <cap>* /^\\d+$/c")]
    [InlineData("\"hand over\" 'US' ^ $", "hand over 'US' ^ $")]
    public void Patterns_round_trip_through_the_printer(string pattern, string printed)
    {
        var once = PatternPrinter.Print(ParsePattern(pattern));
        once.ShouldBe(printed);
        PatternPrinter.Print(ParsePattern(once)).ShouldBe(once);
    }

    private static PatternNode ParsePattern(string pattern)
    {
        var (file, diagnostics) = Parse($"pattern P = {pattern};");
        diagnostics.ShouldBeEmpty();
        return file.Statements.OfType<PatternSyntax>().Single().Body;
    }

    [Theory]
    [InlineData("pattern P = a ( b c;", 1, 20)]
    [InlineData("pattern P = a b c", 1, 18)]
    [InlineData("rule r { match a; emit x }", 1, 26)]
    [InlineData("pattern P = <foo>;", 1, 14)]
    [InlineData("lexicon L { \"a\" [kind state]; }", 1, 23)]
    [InlineData("garbage here\npattern P = a;", 1, 1)]
    [InlineData("pattern P = a;\nthis is garbage\npattern Q = b;", 2, 1)]
    [InlineData("rule r {\n  match a b;\n  emit x(giver = );\n}", 3, 18)]
    [InlineData("claim c(giver actor);", 1, 15)]
    [InlineData("rule r { example \"x\" on 2022-13-45 => nothing; }", 1, 25)]
    public void Syntax_errors_point_at_their_line_and_column(string text, int line, int column)
    {
        var (_, diagnostics) = Parse(text);
        var error = diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.Syntax);
        (error.Line, error.Column).ShouldBe((line, column));
    }

    [Fact]
    public void Every_broken_statement_gives_its_own_error()
    {
        var (file, diagnostics) = Parse("pattern A = (a b;\npattern B = ok;\nrule r { match x y; emit z }\npattern C = fine;\n");
        diagnostics.Select(d => d.Line).ShouldBe([1, 3]);
        file.Statements.OfType<PatternSyntax>().Select(p => p.Name).ShouldBe(["B", "C"]);
    }

    [Fact]
    public void An_error_shows_the_source_line_with_a_caret_under_the_column()
    {
        var (_, diagnostics) = Parse("pattern P = a ( b c;");
        diagnostics.Single().ToString().ShouldBe(
            "test.rules(1,20): error FE0001: unexpected ';'; expected ')'" + Environment.NewLine +
            "    pattern P = a ( b c;" + Environment.NewLine +
            "                       ^");
    }
}
