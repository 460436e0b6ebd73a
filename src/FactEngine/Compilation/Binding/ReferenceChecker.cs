using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Binding;

/// <summary>Reports references to undefined names, and named patterns that refer to themselves.</summary>
internal static class ReferenceChecker
{
    public static void CheckDefined(PatternNode node, SymbolTable symbols, SourceText source, List<Diagnostic> diagnostics)
    {
        foreach (var reference in References(node))
        {
            if (!symbols.IsDefined(reference.Name) && !symbols.IsBroken(reference.Name))
            {
                var suggestion = Suggest(reference.Name, symbols.Names);
                diagnostics.Add(Diagnostic.At(source, reference.Offset, DiagnosticCodes.UndefinedReference,
                    $"'@{reference.Name}' is not a defined pattern, lexicon or mention{(suggestion is null ? "" : $"; did you mean '@{suggestion}'?")}"));
            }
        }
    }

    /// <summary>Reports a pattern that reaches itself through references.</summary>
    public static bool CheckNotRecursive(string name, PatternNode body, SymbolTable symbols, SourceText source, List<Diagnostic> diagnostics)
    {
        foreach (var reference in References(body))
        {
            if (Reaches(reference.Name, name, symbols, []))
            {
                diagnostics.Add(Diagnostic.At(source, reference.Offset, DiagnosticCodes.RecursivePattern,
                    $"pattern '{name}' refers to itself through '@{reference.Name}'; patterns are expanded in place and cannot recurse (use a mention rule for cascades)"));
                return false;
            }
        }

        return true;
    }

    private static bool Reaches(string from, string target, SymbolTable symbols, HashSet<string> visited)
    {
        if (from == target)
        {
            return true;
        }

        if (!visited.Add(from) || symbols.Pattern(from) is not { } body)
        {
            return false;
        }

        return References(body).Any(r => Reaches(r.Name, target, symbols, visited));
    }

    public static IEnumerable<ReferenceNode> References(PatternNode node)
    {
        var stack = new Stack<PatternNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            switch (current)
            {
                case ReferenceNode reference:
                    yield return reference;
                    break;
                case SequenceNode s:
                    foreach (var item in s.Items.Reverse())
                    {
                        stack.Push(item);
                    }

                    break;
                case AlternationNode a:
                    foreach (var option in a.Options.Reverse())
                    {
                        stack.Push(option);
                    }

                    break;
                case RepeatNode r:
                    stack.Push(r.Inner);
                    break;
                case CaptureNode c:
                    stack.Push(c.Inner);
                    break;
                case NotNode n:
                    stack.Push(n.Inner);
                    break;
            }
        }
    }

    private static string? Suggest(string name, IEnumerable<string> names) =>
        names.Select(n => (Name: n, Distance: Distance(name.ToLowerInvariant(), n.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(1, name.Length / 3))
            .OrderBy(x => x.Distance)
            .Select(x => x.Name)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
