using FactEngine.Syntax.Ast;

namespace FactEngine.Syntax;

/// <summary>Prints a pattern tree back as rule-language text (alternations parenthesised), for tests and tools.</summary>
public static class PatternPrinter
{
    public static string Print(PatternNode node) => node switch
    {
        WordNode { Exact: true } w => $"'{w.Text}'",
        WordNode w => Word(w.Text),
        RegexNode r => $"/{r.Pattern}/{(r.CaseSensitive ? "c" : "")}",
        TokenClassNode t => $"<{ClassName(t.Class)}>",
        ReferenceNode r => $"@{r.Name}{(r.Filters.Count == 0 ? "" : $"[{string.Join(", ", r.Filters.Select(f => $"{f.Key}={f.Value}"))}]")}",
        VerbFormsNode v => $"~{v.Lemma}",
        NotNode n => $"!{Print(n.Inner)}",
        AnchorNode a => a.AtStart ? "^" : "$",
        SequenceNode s => string.Join(" ", s.Items.Select(Print)),
        AlternationNode a => $"({string.Join(" | ", a.Options.Select(Print))})",
        RepeatNode r => $"{Group(r.Inner)}{Quantifier(r)}",
        CaptureNode c => $"{c.Name}:{Group(c.Inner)}",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name),
    };

    private static string Group(PatternNode node) => node is SequenceNode or CaptureNode ? $"({Print(node)})" : Print(node);

    private static string Word(string text) =>
        text.All(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or '_') && char.IsLetterOrDigit(text[0]) ? text : $"\"{text}\"";

    private static string Quantifier(RepeatNode r)
    {
        var bounds = (r.Min, r.Max) switch
        {
            (0, 1) => "?",
            (0, null) => "*",
            (1, null) => "+",
            (var min, null) => $"{{{min},}}",
            (var min, var max) when min == max => $"{{{min}}}",
            (var min, var max) => $"{{{min},{max}}}",
        };
        return r.Greedy ? bounds : bounds + "?";
    }

    private static string ClassName(TokenClass c) => c switch
    {
        TokenClass.Any => "any",
        TokenClass.Word => "word",
        TokenClass.Capitalized => "cap",
        TokenClass.Number => "num",
        _ => "punct",
    };
}
