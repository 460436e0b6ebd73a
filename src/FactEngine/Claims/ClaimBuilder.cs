using FactEngine.Compilation;
using FactEngine.Dates;
using FactEngine.Matching;
using FactEngine.Text;

namespace FactEngine.Claims;

/// <summary>
/// Builds a typed claim from a rule match: each role takes its values from its capture (actors: the canonical
/// ids of the actor mentions inside it, one value each, so "The United States and NATO" gives two; dates: the
/// date re-resolved with the tense of the trigger; text: the captured text; phrase: the text valued by its head
/// word) or from the nearest mention; polarity and modality come from the rule, else from the cues around the
/// trigger. A rule that says <c>each item</c> gives one claim per conjunct of that role's phrase.
/// </summary>
internal sealed class ClaimBuilder(CompiledRuleSet rules, CueScanner cues)
{
    /// <summary>How far outside its match a rule looks for the nearest mention (e.g. a date).</summary>
    public const int NearestReach = 12;

    public IEnumerable<Claim> Build(AnalyzedText text, MentionTable mentions, Sentence sentence, RuleMatch match, string rendering,
        DateOnly? reference, DateMode mode)
    {
        var rule = rules.ClaimRules[match.RuleIndex];
        var captured = match.Capture(rule.TriggerCapture) is { } t && t.End > t.First ? t : ((int, int)?)null;
        var trigger = captured ?? (match.FirstToken, match.FirstToken + 1);
        var tense = ClauseTense.OfMatch(text.Tokens, captured?.Item1, match.FirstToken, match.EndToken, sentence.FirstToken);
        var roles = new List<KeyValuePair<string, IReadOnlyList<RoleValue>>>();
        foreach (var role in rule.Schema.Roles)
        {
            var binding = rule.Bindings.FirstOrDefault(b => b.Role.Name == role.Name);
            IReadOnlyList<RoleValue> values = binding switch
            {
                null => [],
                { NearestType: { } type } => Nearest(text.Tokens, mentions, sentence, match, rule, type, trigger.Item1, reference, mode, tense),
                _ when match.Capture(binding.CaptureIndex) is { } span && span.End > span.First =>
                    Values(text, mentions, role.Type, span.First, span.End, reference, mode, tense),
                _ => [],
            };
            roles.Add(new(role.Name, values));
        }

        var (cuePolarity, cueModality) = cues.Scan(text.Tokens, mentions, sentence, trigger.Item1, trigger.Item2);
        var evidence = new Evidence(text.Slice(sentence.Start, sentence.End), sentence.Start, sentence.End, rendering);
        var claim = new Claim(rule.Schema.Name, roles,
            rule.Polarity ?? cuePolarity ?? ClaimPolarity.Positive,
            rule.Modality ?? cueModality ?? ClaimModality.Asserted,
            rule.Origin, evidence);
        return rule.EachRole is { } each ? PerConjunct(claim, each, text, rule, match) : [claim];
    }

    /// <summary>One claim per conjunct of the <c>each</c> role's capture, the other roles shared.</summary>
    private static IEnumerable<Claim> PerConjunct(Claim claim, string role, AnalyzedText text, CompiledRule rule, RuleMatch match)
    {
        var binding = rule.Bindings.FirstOrDefault(b => b.Role.Name == role);
        if (binding is null || match.Capture(binding.CaptureIndex) is not { } span || span.End <= span.First)
        {
            return [claim];
        }

        var conjuncts = PhraseConjuncts.Split(text.Tokens, span.First, span.End);
        return conjuncts.Count == 1
            ? [claim]
            : conjuncts.Select(c => claim with
            {
                Roles = [.. claim.Roles.Select(r => r.Key == role ? new KeyValuePair<string, IReadOnlyList<RoleValue>>(role, [Phrase(text, c.First, c.End)]) : r)],
            });
    }

    private static RoleValue Phrase(AnalyzedText text, int first, int end)
    {
        var (start, stop) = (text.Tokens[first].Start, text.Tokens[end - 1].End);
        var written = text.Slice(start, stop);
        return new RoleValue(written, PhraseHead.Of(written), start, stop) { IsPhrase = true };
    }

    private static List<RoleValue> Values(AnalyzedText text, MentionTable mentions, RoleValueType type, int first, int end,
        DateOnly? reference, DateMode mode, Tense tense)
    {
        if (type == RoleValueType.Phrase)
        {
            return [Phrase(text, first, end)];
        }

        if (type == RoleValueType.Text)
        {
            var start = text.Tokens[first].Start;
            var stop = text.Tokens[end - 1].End;
            return [new RoleValue(text.Slice(start, stop), null, start, stop)];
        }

        var values = new List<RoleValue>();
        var next = first;
        foreach (var mention in mentions.Within(first, end))
        {
            if (mention.FirstToken < next || mention.ValueType != type || (type == RoleValueType.Date && !IsPointInTime(mention)))
            {
                continue;
            }

            if (type == RoleValueType.Actor && values.Any(v => v.Value == mention.Value))
            {
                next = mention.EndToken;
                continue;
            }

            values.Add(ToValue(mention, reference, mode, tense));
            next = mention.EndToken;
        }

        return values;
    }

    /// <summary>
    /// The mention of a type nearest the trigger, inside the match or at most <see cref="NearestReach"/> tokens
    /// outside it, and not inside another role's capture. Looking after the match stops at punctuation (a date
    /// after ", a spokesman said on Thursday" dates the saying); looking before it stops at clause punctuation
    /// but crosses commas ("On Monday, Germany delivered ...").
    /// </summary>
    private static List<RoleValue> Nearest(IReadOnlyList<Token> tokens, MentionTable mentions, Sentence sentence, RuleMatch match,
        CompiledRule rule, int type, int trigger, DateOnly? reference, DateMode mode, Tense tense)
    {
        var taken = rule.Bindings.Where(b => b.CaptureIndex >= 0).Select(b => match.Capture(b.CaptureIndex)).OfType<(int First, int End)>().ToList();
        var from = match.FirstToken;
        while (from > sentence.FirstToken && match.FirstToken - from < NearestReach && !IsClauseStop(tokens[from - 1], allowComma: true))
        {
            from--;
        }

        var to = match.EndToken;
        while (to < sentence.EndToken && to - match.EndToken < NearestReach && !IsClauseStop(tokens[to], allowComma: false))
        {
            to++;
        }

        var best = mentions.Within(from, to)
            .Where(m => m.TypeId == type && !taken.Any(s => m.FirstToken < s.End && s.First < m.EndToken) && IsPointInTime(m))
            .OrderBy(m => Math.Min(Math.Abs(m.FirstToken - trigger), Math.Abs(m.EndToken - 1 - trigger)))
            .ThenBy(m => m.FirstToken)
            .FirstOrDefault();
        return best is null ? [] : [ToValue(best, reference, mode, tense)];
    }

    /// <summary>
    /// Dates that can date an event: not durations, sets or vague references ("now", "recently"), whether captured
    /// or found nearest ("over the past three weeks" dates nothing).
    /// </summary>
    private static bool IsPointInTime(Mention mention) =>
        mention.Temporal is not { } temporal
        || (temporal.Kind == TemporalKind.Date && !temporal.Value.EndsWith("_REF", StringComparison.Ordinal));

    private static bool IsClauseStop(Token token, bool allowComma) =>
        token.Norm is ";" or ":" or "(" or ")" or "\"" or "-" or "--" || (!allowComma && token.Norm == ",");

    private static RoleValue ToValue(Mention mention, DateOnly? reference, DateMode mode, Tense tense)
    {
        if (mention.DateExpression is { } expression)
        {
            var temporal = DateResolver.Resolve(expression, new DateContext(reference, mode, tense, mention.PreviousDate));
            return new RoleValue(mention.Text, temporal.Value, mention.Start, mention.End) { Temporal = temporal };
        }

        return new RoleValue(mention.Text, mention.Value, mention.Start, mention.End)
        {
            Attributes = mention.Attributes.Count == 0 ? null : mention.Attributes,
        };
    }
}
