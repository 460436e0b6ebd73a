using FactEngine.Compilation.Lexicons;

namespace FactEngine.Compilation;

/// <summary>A compiled rule set, ready to match: lexicons, cascade stages, claim rules, cues and their index.</summary>
public sealed class CompiledRuleSet
{
    internal CompiledRuleSet(
        MentionTypeTable types,
        IReadOnlyList<Lexicon> lexicons,
        IReadOnlyList<CompiledMentionRule> mentionRules,
        IReadOnlyList<CompiledRule> rules,
        IReadOnlyDictionary<string, ClaimSchema> schemas,
        IReadOnlyList<CompiledCue> cues,
        IReadOnlyList<CompiledCheck> checks)
    {
        Types = types;
        Lexicons = lexicons;
        LexiconMatchers = [.. lexicons.Select(l => (types.Id(l.Name)!.Value, new LexiconMatcher(l)))];
        MentionRules = mentionRules;
        ClaimRules = rules;
        Schemas = schemas;
        Cues = cues;
        Checks = checks;
        Index = new RuleIndex([.. rules.Select(r => r.Program)], types.Count);
        MentionIndex = new RuleIndex([.. mentionRules.Select(r => r.Program)], types.Count);
    }

    public MentionTypeTable Types { get; }

    public IReadOnlyList<Lexicon> Lexicons { get; }

    public IReadOnlyDictionary<string, ClaimSchema> Schemas { get; }

    /// <summary>Every claim rule's id and place, in rule order.</summary>
    public IReadOnlyList<RuleOrigin> Rules => [.. ClaimRules.Select(r => r.Origin)];

    internal IReadOnlyList<(int TypeId, LexiconMatcher Matcher)> LexiconMatchers { get; }

    internal IReadOnlyList<CompiledMentionRule> MentionRules { get; }

    internal IReadOnlyList<CompiledRule> ClaimRules { get; }

    internal IReadOnlyList<CompiledCue> Cues { get; }

    /// <summary>The checks declared in the rule files, in declaration order.</summary>
    internal IReadOnlyList<CompiledCheck> Checks { get; }

    internal RuleIndex Index { get; }

    internal RuleIndex MentionIndex { get; }
}
