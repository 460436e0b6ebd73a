using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Programs;

/// <summary>Static facts about patterns: can they match nothing, can they start with any token, what they capture.</summary>
internal static class PatternAnalysis
{
    public static bool IsNullable(PatternNode node, IPatternSymbols symbols, int depth = 0) => depth < 64 && node switch
    {
        SequenceNode s => s.Items.All(i => IsNullable(i, symbols, depth + 1)),
        AlternationNode a => a.Options.Any(o => IsNullable(o, symbols, depth + 1)),
        RepeatNode r => r.Min == 0 || IsNullable(r.Inner, symbols, depth + 1),
        CaptureNode c => IsNullable(c.Inner, symbols, depth + 1),
        ReferenceNode r when symbols.Pattern(r.Name) is { } body => IsNullable(body, symbols, depth + 1),
        _ => false,
    };

    /// <summary>True when every token the pattern can start with is restricted (not any word, not a negation).</summary>
    public static bool StartsRestricted(PatternNode node, IPatternSymbols symbols, int depth = 0) => depth >= 64 || node switch
    {
        TokenClassNode t => t.Class is not (TokenClass.Any or TokenClass.Word),
        NotNode => false,
        SequenceNode s => StartsRestrictedSequence(s.Items, symbols, depth),
        AlternationNode a => a.Options.All(o => StartsRestricted(o, symbols, depth + 1)),
        RepeatNode r => StartsRestricted(r.Inner, symbols, depth + 1),
        CaptureNode c => StartsRestricted(c.Inner, symbols, depth + 1),
        ReferenceNode r when symbols.Pattern(r.Name) is { } body => StartsRestricted(body, symbols, depth + 1),
        _ => true,
    };

    private static bool StartsRestrictedSequence(IReadOnlyList<PatternNode> items, IPatternSymbols symbols, int depth)
    {
        foreach (var item in items)
        {
            if (!StartsRestricted(item, symbols, depth + 1))
            {
                return false;
            }

            if (!IsNullable(item, symbols, depth + 1))
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>The nodes directly inside a node, as written (named patterns are not expanded).</summary>
    public static IEnumerable<PatternNode> Children(PatternNode node) => node switch
    {
        SequenceNode s => s.Items,
        AlternationNode a => a.Options,
        RepeatNode r => [r.Inner],
        CaptureNode c => [c.Inner],
        NotNode n => [n.Inner],
        _ => [],
    };

    /// <summary>Every capture in the pattern, in order of appearance, with its node (macros expanded).</summary>
    public static IEnumerable<CaptureNode> Captures(PatternNode node, IPatternSymbols symbols, int depth = 0)
    {
        if (depth > 64)
        {
            yield break;
        }

        IEnumerable<PatternNode> children = node is ReferenceNode reference && symbols.Pattern(reference.Name) is { } body
            ? [body]
            : Children(node);
        if (node is CaptureNode capture)
        {
            yield return capture;
        }

        foreach (var child in children)
        {
            foreach (var inner in Captures(child, symbols, depth + 1))
            {
                yield return inner;
            }
        }
    }

    /// <summary>
    /// The value type of what a capture holds: actor or date when every typed mention it can contain is of
    /// that type, else text.
    /// </summary>
    public static RoleValueType ValueType(PatternNode node, IPatternSymbols symbols)
    {
        var types = new HashSet<RoleValueType>();
        CollectTypes(node, symbols, types, 0);
        types.Remove(RoleValueType.Text);
        return types.Count == 1 ? types.First() : RoleValueType.Text;
    }

    private static void CollectTypes(PatternNode node, IPatternSymbols symbols, HashSet<RoleValueType> types, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        switch (node)
        {
            case ReferenceNode r when symbols.Pattern(r.Name) is { } body:
                CollectTypes(body, symbols, types, depth + 1);
                break;
            case ReferenceNode r when symbols.MentionType(r.Name) is { } id:
                types.Add(symbols.MentionValueType(id));
                break;
            case SequenceNode s:
                s.Items.ToList().ForEach(i => CollectTypes(i, symbols, types, depth + 1));
                break;
            case AlternationNode a:
                a.Options.ToList().ForEach(o => CollectTypes(o, symbols, types, depth + 1));
                break;
            case RepeatNode r:
                CollectTypes(r.Inner, symbols, types, depth + 1);
                break;
            case CaptureNode c:
                CollectTypes(c.Inner, symbols, types, depth + 1);
                break;
        }
    }
}
