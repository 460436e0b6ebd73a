using FactEngine.Compilation;
using FactEngine.Syntax;
using FactEngine.Tests.Support;

namespace FactEngine.Tests.Compilation;

/// <summary>Breaking any bundled rules file gives an error in that file, at the broken spot.</summary>
public class BrokenBundledRulesTests
{
    public static TheoryData<string> BundledFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestRules.BundledRules, "*.rules").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static string CopyOfBundledRules()
    {
        var copy = TestRules.Folder();
        foreach (var file in Directory.EnumerateFiles(TestRules.BundledRules, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(TestRules.BundledRules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    private static (int Line, int Column) LineColumnOf(string text, int offset)
    {
        var before = text[..offset];
        return (before.Count(c => c == '\n') + 1, offset - (before.LastIndexOf('\n') + 1) + 1);
    }

    private static int LastBracketOutsideComments(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] is ')' or '}')
            {
                var lineStart = text.LastIndexOf('\n', i) + 1;
                if (!text[lineStart..i].Contains('#'))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    public static TheoryData<string> BundledFilesWithBrackets()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestRules.BundledRules, "*.rules").Order(StringComparer.Ordinal))
        {
            if (LastBracketOutsideComments(File.ReadAllText(file)) >= 0)
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BundledFilesWithBrackets))]
    public void Deleting_a_closing_bracket_is_an_error_at_that_spot(string file)
    {
        var rules = CopyOfBundledRules();
        var path = Path.Combine(rules, file);
        var text = File.ReadAllText(path);
        var at = LastBracketOutsideComments(text);
        File.WriteAllText(path, text.Remove(at, 1));

        var errors = RuleSetCompiler.Compile(rules).Errors.Where(d => d.Code == DiagnosticCodes.Syntax).ToList();
        var error = errors.ShouldHaveSingleItem();
        Path.GetFileName(error.Path).ShouldBe(file);
        var (line, _) = LineColumnOf(text, at);
        error.Line.ShouldBeInRange(line - 1, line + 1);
    }

    [Theory]
    [MemberData(nameof(BundledFiles))]
    public void Inserting_garbage_is_an_error_at_that_spot(string file)
    {
        var rules = CopyOfBundledRules();
        var path = Path.Combine(rules, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(';', text.Length / 2) + 1;
        var broken = text.Insert(at, " %%garbage%% ");
        File.WriteAllText(path, broken);

        var error = RuleSetCompiler.Compile(rules).Errors.ShouldHaveSingleItem();
        (Path.GetFileName(error.Path), error.Code).ShouldBe((file, DiagnosticCodes.Syntax));
        (error.Line, error.Column).ShouldBe(LineColumnOf(broken, at + 1));
    }

    [Fact]
    public void Two_mistakes_in_two_files_give_two_errors()
    {
        var rules = CopyOfBundledRules();
        foreach (var file in new[] { "common.rules", "handover.rules" })
        {
            var path = Path.Combine(rules, file);
            var text = File.ReadAllText(path);
            File.WriteAllText(path, text.Remove(text.LastIndexOf(';'), 1));
        }

        RuleSetCompiler.Compile(rules).Errors.Select(e => Path.GetFileName(e.Path))
            .ShouldBe(["common.rules", "handover.rules"]);
    }

    [Fact]
    public void A_missing_import_is_reported_at_the_import()
    {
        var error = TestRules.Compile("import \"nowhere.rules\";").Errors.ShouldHaveSingleItem();
        (error.Code, error.Line, error.Column).ShouldBe((DiagnosticCodes.FileNotFound, 1, 8));
    }
}
