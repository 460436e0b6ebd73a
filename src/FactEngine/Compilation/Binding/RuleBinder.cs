using FactEngine.Compilation.Programs;
using FactEngine.Syntax;
using FactEngine.Syntax.Ast;

namespace FactEngine.Compilation.Binding;

/// <summary>Checks one rule against its claim schema and compiles it: bindings, captures, role types.</summary>
internal sealed class RuleBinder(SymbolTable symbols, IReadOnlyDictionary<string, ClaimSchema> schemas, List<Diagnostic> diagnostics)
{
    public CompiledRule? Bind(StatementSource<RuleSyntax> declaration, int order)
    {
        var (rule, source) = (declaration.Statement, declaration.Source);
        foreach (var (item, offset) in rule.Duplicates)
        {
            Report(source, offset, DiagnosticCodes.InvalidRule, $"rule '{rule.Id}' has a second '{item}' clause");
        }

        if (rule.Match is null || rule.Emit is null)
        {
            Report(source, rule.Offset, DiagnosticCodes.InvalidRule,
                $"rule '{rule.Id}' needs a 'match' and an 'emit' clause");
            return null;
        }

        var errorsBefore = diagnostics.Count(d => d.IsError);
        var program = PatternCompiler.Compile(rule.Match, symbols, (offset, code, message) => Report(source, offset, code, message), source);
        if (program.FirstSet.CanBeEmpty && ReferenceChecker.References(rule.Match).All(r => symbols.IsDefined(r.Name)))
        {
            Report(source, rule.Match.Offset, DiagnosticCodes.InvalidRule,
                $"rule '{rule.Id}' can match an empty sequence of tokens; make at least one element required");
        }

        if (!schemas.TryGetValue(rule.Emit.ClaimType, out var schema))
        {
            Report(source, rule.Emit.Offset, DiagnosticCodes.UndefinedClaimOrRole,
                $"claim type '{rule.Emit.ClaimType}' is not declared; declare it with 'claim {rule.Emit.ClaimType}(...)'");
            return null;
        }

        var captures = PatternAnalysis.Captures(rule.Match, symbols).ToList();
        var bindings = BindRoles(rule, schema, captures, program, source);
        CheckUnboundCaptures(rule, captures, bindings, program, source);
        CheckEach(rule.Emit, schema, source);
        if (diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        var (line, column) = source.GetLineColumn(rule.Offset);
        var origin = new RuleOrigin(rule.Id, source.Path, line, column, order);
        return new CompiledRule(origin, rule.Priority ?? 0, program, schema, bindings, rule.Emit.Polarity, rule.Emit.Modality,
            program.CaptureIndex("trigger"), rule.Examples, [.. rule.Examples.Select(e => source.GetLineColumn(e.Offset))])
        {
            EachRole = rule.Emit.Each?.Role,
        };
    }

    private void CheckEach(EmitSyntax emit, ClaimSchema schema, SourceText source)
    {
        if (emit.Each is not { } each)
        {
            return;
        }

        var (name, offset) = each;
        if (schema.Role(name) is not { } role)
        {
            Report(source, offset, DiagnosticCodes.UndefinedClaimOrRole, $"'each {name}': claim '{schema.Name}' has no role '{name}'");
        }
        else if (role.Type != RoleValueType.Phrase)
        {
            Report(source, offset, DiagnosticCodes.RoleTypeMismatch,
                $"'each {name}' splits a phrase into its conjuncts, but role '{name}' takes {role.Type.Name()} values; declare it '{name}: phrase'");
        }
    }

    private List<RoleBinding> BindRoles(RuleSyntax rule, ClaimSchema schema, List<CaptureNode> captures, MatcherProgram program, SourceText source)
    {
        var bindings = new List<RoleBinding>();
        foreach (var binding in rule.Emit!.Bindings)
        {
            if (schema.Role(binding.Role) is not { } role)
            {
                Report(source, binding.Offset, DiagnosticCodes.UndefinedClaimOrRole,
                    $"claim '{schema.Name}' has no role '{binding.Role}'; its roles are {string.Join(", ", schema.Roles.Select(r => r.Name))}");
                continue;
            }

            if (binding.Nearest)
            {
                BindNearest(binding, role, bindings, source);
                continue;
            }

            var capture = captures.FirstOrDefault(c => c.Name == binding.Source);
            if (capture is null)
            {
                Report(source, binding.SourceOffset, DiagnosticCodes.UndefinedCapture,
                    $"the pattern of rule '{rule.Id}' has no capture '{binding.Source}'");
                continue;
            }

            CheckType(role, capture, source);
            bindings.Add(new RoleBinding(role, program.CaptureIndex(capture.Name), null));
        }

        foreach (var role in schema.Roles.Where(r => bindings.All(b => b.Role.Name != r.Name)))
        {
            var capture = captures.FirstOrDefault(c => c.Name == role.Name);
            if (capture is not null)
            {
                CheckType(role, capture, source);
                bindings.Add(new RoleBinding(role, program.CaptureIndex(capture.Name), null));
            }
            else if (role.Required)
            {
                Report(source, rule.Emit.Offset, DiagnosticCodes.MissingRequiredRole,
                    $"rule '{rule.Id}' binds nothing to the required role '{role.Name}' of '{schema.Name}'; capture it ({role.Name}:...) or bind it");
            }
        }

        return bindings;
    }

    private void BindNearest(BindingSyntax binding, RoleSchema role, List<RoleBinding> bindings, SourceText source)
    {
        if (symbols.MentionType(binding.Source) is not { } type || symbols.Pattern(binding.Source) is not null)
        {
            Report(source, binding.SourceOffset, DiagnosticCodes.UndefinedReference,
                $"'nearest @{binding.Source}' needs a lexicon, mention or built-in type");
            return;
        }

        var valueType = symbols.MentionValueType(type);
        if (!role.Type.TakesAnyText() && valueType != role.Type)
        {
            Report(source, binding.SourceOffset, DiagnosticCodes.RoleTypeMismatch,
                $"role '{role.Name}' takes {role.Type.Name()} values but '@{binding.Source}' gives {valueType.Name()}");
            return;
        }

        bindings.Add(new RoleBinding(role, -1, type));
    }

    private void CheckType(RoleSchema role, CaptureNode capture, SourceText source)
    {
        if (role.Type.TakesAnyText())
        {
            return;
        }

        var captured = PatternAnalysis.ValueType(capture.Inner, symbols);
        if (captured != role.Type)
        {
            Report(source, capture.Offset, DiagnosticCodes.RoleTypeMismatch,
                $"role '{role.Name}' takes {role.Type.Name()} values but capture '{capture.Name}' holds {captured.Name()}; capture a {role.Type.Name()} lexicon or pattern");
        }
    }

    private void CheckUnboundCaptures(RuleSyntax rule, List<CaptureNode> captures, List<RoleBinding> bindings, MatcherProgram program, SourceText source)
    {
        var bound = bindings.Where(b => b.CaptureIndex >= 0).Select(b => program.CaptureNames[b.CaptureIndex]).ToHashSet(StringComparer.Ordinal);
        foreach (var capture in captures.DistinctBy(c => c.Name))
        {
            if (capture.Name != "trigger" && !capture.Name.StartsWith('_') && !bound.Contains(capture.Name))
            {
                Report(source, capture.Offset, DiagnosticCodes.UnboundCapture,
                    $"capture '{capture.Name}' is bound to no role of '{rule.Emit!.ClaimType}'; bind it, rename it to a role, or start its name with '_'");
            }
        }
    }

    private void Report(SourceText source, int offset, string code, string message) =>
        diagnostics.Add(Diagnostic.At(source, offset, code, message));
}
