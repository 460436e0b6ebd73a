using FactEngine.Compilation.Lexicons;
using FactEngine.Compilation.Loading;
using FactEngine.Compilation.Programs;
using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Binding;

/// <summary>
/// Turns parsed rule files into a compiled rule set, collecting every semantic problem: duplicate names and
/// rule ids, undefined references, recursive patterns, schema and role errors, bad cues.
/// </summary>
internal sealed class RuleSetBinder
{
    private static readonly string[] CueValues = ["negative", "positive", "future", "requested", "hypothetical", "asserted"];

    private readonly List<Diagnostic> _diagnostics;
    private readonly MentionTypeTable _types = new();
    private readonly SymbolTable _symbols;
    private readonly IReadOnlyList<LoadedRuleFile> _files;

    private RuleSetBinder(IReadOnlyList<LoadedRuleFile> files, List<Diagnostic> diagnostics)
    {
        _files = files;
        _diagnostics = diagnostics;
        _symbols = new SymbolTable(_types);
    }

    public static CompiledRuleSet Bind(IReadOnlyList<LoadedRuleFile> files, string root, List<Diagnostic> diagnostics) =>
        new RuleSetBinder(files, diagnostics).Bind(root);

    private CompiledRuleSet Bind(string root)
    {
        var schemas = BindSchemas(Statements<ClaimSchemaSyntax>());
        var lexicons = LexiconBinder.Bind(Statements<LexiconSyntax>(), root, _diagnostics);
        foreach (var lexicon in lexicons)
        {
            _types.Add(lexicon.Name, lexicon.ValueType);
        }

        var patterns = Statements<PatternSyntax>();
        AddPatterns(patterns);
        _symbols.MarkBroken(
            _files.SelectMany(f => f.Syntax.BrokenNames),
            Statements<MentionSyntax>().Select(m => (m.Statement.Name, m.Statement.Body)));
        var mentions = Statements<MentionSyntax>().Where(m => !_symbols.DependsOnBroken(m.Statement.Body)).ToList();
        RegisterMentionTypes(mentions);
        CheckPatterns(patterns);
        var cuesSyntax = Statements<CueSyntax>()
            .Where(c => !_symbols.DependsOnBroken(c.Statement.Pattern) && !(c.Statement.StopAt is { } stop && _symbols.DependsOnBroken(stop)))
            .ToList();
        var rulesSyntax = Statements<RuleSyntax>()
            .Where(r => (r.Statement.Match is null || !_symbols.DependsOnBroken(r.Statement.Match))
                        && (r.Statement.Emit is null || !_symbols.IsBroken(r.Statement.Emit.ClaimType)))
            .ToList();
        foreach (var m in mentions)
        {
            ReferenceChecker.CheckDefined(m.Statement.Body, _symbols, m.Source, _diagnostics);
        }

        foreach (var c in cuesSyntax)
        {
            ReferenceChecker.CheckDefined(c.Statement.Pattern, _symbols, c.Source, _diagnostics);
        }

        foreach (var r in rulesSyntax.Where(r => r.Statement.Match is not null))
        {
            ReferenceChecker.CheckDefined(r.Statement.Match!, _symbols, r.Source, _diagnostics);
        }

        var mentionRules = mentions.Select((m, i) => BindMention(m, i)).OfType<CompiledMentionRule>().ToList();
        var cues = cuesSyntax.Select((c, i) => BindCue(c, i)).OfType<CompiledCue>().ToList();
        var rules = BindRules(rulesSyntax, schemas);
        var checks = CheckBinder.Bind(Statements<CheckSyntax>(), schemas, _diagnostics);
        return new CompiledRuleSet(_types, lexicons, mentionRules, rules, schemas, cues, checks);
    }

    private List<StatementSource<T>> Statements<T>()
        where T : StatementSyntax =>
        [.. _files.SelectMany(f => f.Syntax.Statements.OfType<T>()
            .Select(s => new StatementSource<T>(s, f.Syntax.Source, f.FullPath, f.Order)))];

    private Dictionary<string, ClaimSchema> BindSchemas(List<StatementSource<ClaimSchemaSyntax>> declarations)
    {
        var schemas = new Dictionary<string, ClaimSchema>(StringComparer.Ordinal);
        foreach (var (schema, source, _, _) in declarations)
        {
            if (schemas.ContainsKey(schema.Name))
            {
                Report(source, schema.Offset, DiagnosticCodes.DuplicateDefinition, $"claim type '{schema.Name}' is declared twice");
                continue;
            }

            var roles = new List<RoleSchema>();
            foreach (var role in schema.Roles)
            {
                if (RoleValueTypes.Parse(role.Type) is not { } type)
                {
                    Report(source, role.TypeOffset, DiagnosticCodes.RoleTypeMismatch,
                        $"unknown role type '{role.Type}'; expected actor, date or text");
                    continue;
                }

                if (roles.Any(r => r.Name == role.Name))
                {
                    Report(source, role.Offset, DiagnosticCodes.DuplicateDefinition, $"role '{role.Name}' is declared twice");
                    continue;
                }

                roles.Add(new RoleSchema(role.Name, type, role.Cardinality is "" or "+", role.Cardinality is "*" or "+"));
            }

            schemas[schema.Name] = new ClaimSchema(schema.Name, roles);
        }

        return schemas;
    }

    private void AddPatterns(List<StatementSource<PatternSyntax>> patterns)
    {
        foreach (var (pattern, source, _, _) in patterns)
        {
            if (_symbols.IsDefined(pattern.Name))
            {
                Report(source, pattern.Offset, DiagnosticCodes.DuplicateDefinition,
                    $"'{pattern.Name}' is already defined as a {(_symbols.HasPattern(pattern.Name) ? "pattern" : "lexicon or mention")}");
                continue;
            }

            _symbols.AddPattern(pattern.Name, pattern.Body, source);
        }
    }

    private void CheckPatterns(List<StatementSource<PatternSyntax>> patterns)
    {
        foreach (var (pattern, source, _, _) in patterns.Where(p => !_symbols.IsBroken(p.Statement.Name)))
        {
            ReferenceChecker.CheckDefined(pattern.Body, _symbols, source, _diagnostics);
            if (ReferenceChecker.CheckNotRecursive(pattern.Name, pattern.Body, _symbols, source, _diagnostics))
            {
                PatternCompiler.Compile(pattern.Body, _symbols, (offset, code, message) => Report(source, offset, code, message));
            }
        }
    }

    private void RegisterMentionTypes(List<StatementSource<MentionSyntax>> mentions)
    {
        foreach (var (mention, source, _, _) in mentions)
        {
            if (_symbols.HasPattern(mention.Name))
            {
                Report(source, mention.Offset, DiagnosticCodes.DuplicateDefinition, $"'{mention.Name}' is already defined as a pattern");
                continue;
            }

            if (_types.Id(mention.Name) is null)
            {
                var value = PatternAnalysis.Captures(mention.Body, _symbols).FirstOrDefault(c => c.Name == "value");
                _types.Add(mention.Name, value is null ? RoleValueType.Text : PatternAnalysis.ValueType(value.Inner, _symbols));
            }
        }
    }

    private CompiledMentionRule? BindMention(StatementSource<MentionSyntax> declaration, int order)
    {
        var (mention, source) = (declaration.Statement, declaration.Source);
        if (_types.Id(mention.Name) is not { } typeId || _symbols.HasPattern(mention.Name))
        {
            return null;
        }

        var program = PatternCompiler.Compile(mention.Body, _symbols, (offset, code, message) => Report(source, offset, code, message), source);
        if (program.FirstSet.CanBeEmpty && ReferenceChecker.References(mention.Body).All(r => _symbols.IsDefined(r.Name)))
        {
            Report(source, mention.Body.Offset, DiagnosticCodes.InvalidRule, $"mention '{mention.Name}' can match an empty sequence of tokens");
            return null;
        }

        return new CompiledMentionRule(typeId, mention.Name, program, program.CaptureIndex("value"), order)
        {
            AttributeCaptures = [.. program.CaptureNames.Where(n => n != "value" && !n.StartsWith('_')).Select(n => (n, program.CaptureIndex(n)))],
        };
    }

    private CompiledCue? BindCue(StatementSource<CueSyntax> declaration, int order)
    {
        var (cue, source) = (declaration.Statement, declaration.Source);
        if (!CueValues.Contains(cue.Value))
        {
            Report(source, cue.Offset, DiagnosticCodes.InvalidCue,
                $"unknown cue value '{cue.Value}'; expected negative, future, requested, hypothetical (or positive, asserted)");
            return null;
        }

        int? stopType = null;
        if (cue.StopAt is ReferenceNode stop)
        {
            stopType = _symbols.Pattern(stop.Name) is null ? _types.Id(stop.Name) : null;
            if (stopType is null)
            {
                Report(source, stop.Offset, DiagnosticCodes.InvalidCue, $"'stop at @{stop.Name}' needs a lexicon or mention type");
                return null;
            }
        }

        var program = PatternCompiler.Compile(cue.Pattern, _symbols, (offset, code, message) => Report(source, offset, code, message), source);
        var isPolarity = cue.Value is "negative" or "positive";
        return new CompiledCue(cue.Value, isPolarity, program, cue.Window, cue.Direction, stopType, order);
    }

    private List<CompiledRule> BindRules(List<StatementSource<RuleSyntax>> declarations, IReadOnlyDictionary<string, ClaimSchema> schemas)
    {
        var binder = new RuleBinder(_symbols, schemas, _diagnostics);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rules = new List<CompiledRule>();
        foreach (var declaration in declarations)
        {
            if (!seen.Add(declaration.Statement.Id))
            {
                Report(declaration.Source, declaration.Statement.Offset + "rule ".Length, DiagnosticCodes.DuplicateRuleId,
                    $"rule id '{declaration.Statement.Id}' is already used by another rule");
                continue;
            }

            if (binder.Bind(declaration, rules.Count) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private void Report(SourceText source, int offset, string code, string message) =>
        _diagnostics.Add(Diagnostic.At(source, offset, code, message));
}
