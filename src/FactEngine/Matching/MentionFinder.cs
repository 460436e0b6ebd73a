using FactEngine.Compilation;
using FactEngine.Dates;
using FactEngine.Text;

namespace FactEngine.Matching;

/// <summary>
/// Finds the mentions of a rendering, stage by stage — the cascade order: (1) dates from the date grammar,
/// (2) lexicon phrases, (3) mention rules in rule order, each seeing the mentions of the stages before it.
/// A mention rule keeps its longest match at every token; overlapping mentions are all kept, and the rules that
/// use them choose among them.
/// </summary>
internal sealed class MentionFinder(CompiledRuleSet rules, ProgramRunner runner)
{
    public MentionTable Find(AnalyzedText text, string normalizedText, DateOnly? reference, DateMode mode)
    {
        var table = new MentionTable(text.Tokens.Count);
        TemporalValue? previousDate = null;
        foreach (var sentence in text.Sentences)
        {
            previousDate = AddDates(text, normalizedText, sentence, table, reference, mode, previousDate);
            AddLexiconPhrases(text, sentence, table);
        }

        for (var r = 0; r < rules.MentionRules.Count; r++)
        {
            var named = new List<Mention>();
            foreach (var sentence in text.Sentences)
            {
                named.AddRange(AddMentionRuleMatches(text, sentence, table, r).Where(m => m.NamedByText));
            }

            AddSurnameMentions(text, table, named);
        }

        return table;
    }

    /// <summary>
    /// An actor a mention rule named by its text ("former intelligence chief Aleksandar Vulin") is meant by its
    /// last name alone anywhere else in the rendering ("Vulin has received ..."): each such capitalised token not
    /// already inside an actor mention becomes a mention of the same actor.
    /// </summary>
    private static void AddSurnameMentions(AnalyzedText text, MentionTable table, List<Mention> named)
    {
        var people = named.Where(m => m.Value!.Contains(' ', StringComparison.Ordinal))
            .GroupBy(m => m.Value![(m.Value!.LastIndexOf(' ') + 1)..], StringComparer.Ordinal)
            .Where(g => g.Key.Length > 2 && char.IsUpper(g.Key[0]) && g.Select(m => m.Value).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (people.Count == 0)
        {
            return;
        }

        var covered = new bool[text.Tokens.Count];
        foreach (var mention in table.All.Where(m => m.ValueType == RoleValueType.Actor))
        {
            Array.Fill(covered, true, mention.FirstToken, mention.TokenCount);
        }

        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var token = text.Tokens[i];
            if (!covered[i] && people.TryGetValue(token.Text, out var person))
            {
                table.Add(person with { FirstToken = i, EndToken = i + 1, Start = token.Start, End = token.End, Text = token.Text });
            }
        }
    }

    /// <summary>Adds the dates of a sentence; "the day before", "that year" count from the previous date of the text.</summary>
    /// <returns>The last resolved date so far, for the next sentence.</returns>
    private TemporalValue? AddDates(AnalyzedText text, string normalizedText, Sentence sentence, MentionTable table, DateOnly? reference, DateMode mode,
        TemporalValue? previous)
    {
        foreach (var found in DateRecognizer.Find(normalizedText, sentence.Start, sentence.End))
        {
            if (TokenSpan.Align(text.Tokens, sentence, found.Start, found.End) is not { } span)
            {
                continue;
            }

            var tense = TenseGuesser.Guess(normalizedText, sentence.Start, sentence.End, found.Start);
            var before = previous;
            var value = DateResolver.Resolve(found.Expression, new DateContext(reference, mode, tense, before));
            if (value.Kind == TemporalKind.Date && value.Resolved)
            {
                previous = value;
            }

            table.Add(new Mention(rules.Types.DateType, MentionTypeTable.Date, RoleValueType.Date, span.First, span.End,
                found.Start, found.End, text.Slice(found.Start, found.End), value.Value)
            {
                DateExpression = found.Expression,
                Temporal = value,
                PreviousDate = before,
            });
        }

        return previous;
    }

    private void AddLexiconPhrases(AnalyzedText text, Sentence sentence, MentionTable table)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            foreach (var (typeId, matcher) in rules.LexiconMatchers)
            {
                if (matcher.MatchAt(text.Tokens, i, sentence.EndToken) is not { } found)
                {
                    continue;
                }

                var entry = matcher.Lexicon.Entries[found.Entry];
                var start = text.Tokens[i].Start;
                var end = text.Tokens[found.End - 1].End;
                var shown = text.Slice(start, end);
                table.Add(new Mention(typeId, matcher.Lexicon.Name, matcher.Lexicon.ValueType, i, found.End, start, end, shown,
                    matcher.Lexicon.ValueType == RoleValueType.Text ? null : entry.Canonical)
                {
                    Attributes = entry.Attributes,
                    Possessive = found.Possessive,
                });
            }
        }
    }

    private List<Mention> AddMentionRuleMatches(AnalyzedText text, Sentence sentence, MentionTable table, int ruleIndex)
    {
        var rule = rules.MentionRules[ruleIndex];
        var candidates = new List<RuleMatch>();
        var captures = new int[rule.Program.SlotCount];
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!RuleIndex.CanStart(rule.Program.FirstSet, text.Tokens[i].Norm, table.StartingAt(i), i == sentence.FirstToken) || !runner.Run(rule.Program, text.Tokens, table, i, sentence.EndToken, out var end, captures, sentenceStart: sentence.FirstToken))
            {
                continue;
            }

            candidates.Add(new RuleMatch(ruleIndex, i, end, rule.ValueCapture < 0 ? [] : (int[])captures.Clone(), 0, rule.Order));
        }

        var added = new List<Mention>(candidates.Count);
        foreach (var match in candidates)
        {
            var mention = ToMention(text, table, rule, match);
            table.Add(mention);
            added.Add(mention);
        }

        return added;
    }

    /// <summary>The inner mention's attributes plus one per attribute capture: the value of a mention inside it, else its text.</summary>
    private static IReadOnlyDictionary<string, string> Attributes(AnalyzedText text, MentionTable table, CompiledMentionRule rule,
        RuleMatch match, IReadOnlyDictionary<string, string> inherited)
    {
        Dictionary<string, string>? attributes = null;
        foreach (var (name, capture) in rule.AttributeCaptures)
        {
            if (match.Capture(capture) is not { } span || span.End <= span.First)
            {
                continue;
            }

            var value = table.Within(span.First, span.End).FirstOrDefault(m => m.Value is not null)?.Value
                        ?? text.Slice(text.Tokens[span.First].Start, text.Tokens[span.End - 1].End);
            attributes ??= new Dictionary<string, string>(inherited);
            attributes[name] = value;
        }

        return attributes ?? inherited;
    }

    private Mention ToMention(AnalyzedText text, MentionTable table, CompiledMentionRule rule, RuleMatch match)
    {
        var start = text.Tokens[match.FirstToken].Start;
        var end = text.Tokens[match.EndToken - 1].End;
        var valueType = rules.Types.ValueType(rule.TypeId);
        Mention? inner = null;
        if (match.Capture(rule.ValueCapture) is { } value && valueType != RoleValueType.Text)
        {
            inner = table.Within(value.First, value.End).FirstOrDefault(m => m.ValueType == valueType);
        }

        var mentionValue = inner?.Value;
        if (mentionValue is null && valueType == RoleValueType.Actor && match.Capture(rule.ValueCapture) is { } named && named.End > named.First)
        {
            mentionValue = text.Slice(text.Tokens[named.First].Start, text.Tokens[named.End - 1].End);
        }

        return new Mention(rule.TypeId, rule.Name, valueType, match.FirstToken, match.EndToken, start, end,
            text.Slice(start, end), mentionValue)
        {
            Attributes = Attributes(text, table, rule, match, inner?.Attributes ?? Mention.EmptyAttributes),
            NamedByText = inner is null && mentionValue is not null,
            DateExpression = inner?.DateExpression,
            Temporal = inner?.Temporal,
        };
    }
}
