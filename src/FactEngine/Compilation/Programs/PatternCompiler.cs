using System.Text.RegularExpressions;
using FactEngine.Syntax;
using FactEngine.Syntax.Ast;
using FactEngine.Text;

namespace FactEngine.Compilation.Programs;

/// <summary>
/// Compiles a pattern tree into a matcher program: named patterns are expanded in place, bounded repetition is
/// unrolled, alternatives of plain words become one word-set test. References are assumed checked by the binder;
/// problems local to a pattern element (bounds, regexes, negations) are reported through <c>report</c>.
/// </summary>
internal sealed class PatternCompiler
{
    public const int MaxRepetition = 100;
    public const int MaxInstructions = 50_000;

    private readonly IPatternSymbols _symbols;
    private readonly Action<int, string, string> _report;
    private readonly List<Instruction> _code = [];
    private readonly List<TokenTest> _tests = [];
    private readonly List<MentionTest> _mentions = [];
    private readonly List<string> _captures = [];
    private readonly Stack<string> _expanding = new();
    private readonly List<ElementSource> _elements = [];
    private readonly Stack<ElementSource> _origins = new();
    private bool _tooLarge;

    private PatternCompiler(IPatternSymbols symbols, Action<int, string, string> report)
    {
        _symbols = symbols;
        _report = report;
    }

    public static MatcherProgram Compile(PatternNode pattern, IPatternSymbols symbols, Action<int, string, string> report,
        SourceText? source = null)
    {
        var compiler = new PatternCompiler(symbols, report);
        compiler._origins.Push(new ElementSource(source, null));
        compiler.Emit(pattern);
        compiler.Add(OpCode.Match, 0, 0, 0, pattern.Offset);
        var instructions = compiler._code.ToArray();
        var firstSet = FirstSetAnalysis.Compute(instructions, compiler._tests, compiler._mentions);
        return new MatcherProgram(instructions, [.. compiler._tests], [.. compiler._mentions], compiler._captures, firstSet, null)
        {
            Elements = [.. compiler._elements],
        };
    }

    private bool Reporting => _expanding.Count == 0;

    private void Emit(PatternNode node)
    {
        if (_code.Count > MaxInstructions)
        {
            if (!_tooLarge && Reporting)
            {
                _report(node.Offset, DiagnosticCodes.InvalidRepetition,
                    $"the pattern compiles to more than {MaxInstructions} instructions; lower its repetition bounds");
            }

            _tooLarge = true;
            return;
        }

        switch (node)
        {
            case SequenceNode sequence:
                foreach (var item in sequence.Items)
                {
                    Emit(item);
                }

                break;
            case AlternationNode alternation:
                EmitAlternation(alternation);
                break;
            case RepeatNode repeat:
                EmitRepeat(repeat);
                break;
            case CaptureNode capture:
                var index = CaptureSlot(capture.Name);
                Add(OpCode.Save, 0, 0, index * 2, capture.Offset);
                Emit(capture.Inner);
                Add(OpCode.Save, 0, 0, index * 2 + 1, capture.Offset);
                break;
            case ReferenceNode reference:
                EmitReference(reference);
                break;
            case NotNode not:
                EmitNot(not);
                break;
            case AnchorNode anchor:
                Add(OpCode.Anchor, anchor.AtStart ? 1 : 0, 0, 0, anchor.Offset);
                break;
            default:
                if (SingleTokenTest(node) is { } test)
                {
                    AddToken(test, node.Offset);
                }

                break;
        }
    }

    private void EmitReference(ReferenceNode reference)
    {
        if (_symbols.Pattern(reference.Name) is { } body)
        {
            if (_expanding.Contains(reference.Name))
            {
                return;
            }

            _expanding.Push(reference.Name);
            _origins.Push(new ElementSource(_symbols.PatternSource(reference.Name), reference.Name));
            Emit(body);
            _origins.Pop();
            _expanding.Pop();
            return;
        }

        if (_symbols.MentionType(reference.Name) is { } typeId)
        {
            _mentions.Add(new MentionTest(typeId, reference.Name, reference.Filters));
            Add(OpCode.Mention, 0, 0, _mentions.Count - 1, reference.Offset);
        }
    }

    private void EmitNot(NotNode not)
    {
        if (not.Inner is ReferenceNode reference && _symbols.Pattern(reference.Name) is null
            && _symbols.MentionType(reference.Name) is { } typeId)
        {
            _mentions.Add(new MentionTest(typeId, reference.Name, reference.Filters, Negated: true));
            Add(OpCode.Mention, 0, 0, _mentions.Count - 1, not.Offset);
            return;
        }

        if (SingleTokenTest(not.Inner) is { } inner)
        {
            AddToken(new NotTest(inner), not.Offset);
            return;
        }

        if (Reporting)
        {
            _report(not.Offset, DiagnosticCodes.InvalidRule,
                "'!' applies to one token: a word, a word set, a token class, a regex or a lexicon");
        }
    }

    private void EmitAlternation(AlternationNode alternation)
    {
        if (SingleTokenTest(alternation) is { } merged)
        {
            AddToken(merged, alternation.Offset);
            return;
        }

        alternation = MergePlainWords(alternation);
        var jumpsToEnd = new List<int>();
        for (var i = 0; i < alternation.Options.Count; i++)
        {
            if (i < alternation.Options.Count - 1)
            {
                var split = Add(OpCode.Split, 0, 0, 0, alternation.Offset);
                Patch(split, x: _code.Count);
                Emit(alternation.Options[i]);
                jumpsToEnd.Add(Add(OpCode.Jump, 0, 0, 0, alternation.Offset));
                Patch(split, y: _code.Count);
            }
            else
            {
                Emit(alternation.Options[i]);
            }
        }

        foreach (var jump in jumpsToEnd)
        {
            Patch(jump, x: _code.Count);
        }
    }

    private void EmitRepeat(RepeatNode repeat)
    {
        if (!CheckBounds(repeat))
        {
            return;
        }

        for (var i = 0; i < repeat.Min; i++)
        {
            Emit(repeat.Inner);
        }

        if (repeat.Max is null)
        {
            var loop = Add(OpCode.Split, 0, 0, 0, repeat.Offset);
            Emit(repeat.Inner);
            Add(OpCode.Jump, loop, 0, 0, repeat.Offset);
            PatchChoice(loop, _code.Count, repeat.Greedy);
            return;
        }

        var exits = new List<int>();
        for (var i = repeat.Min; i < repeat.Max; i++)
        {
            exits.Add(Add(OpCode.Split, 0, 0, 0, repeat.Offset));
            Emit(repeat.Inner);
        }

        foreach (var exit in exits)
        {
            PatchChoice(exit, _code.Count, repeat.Greedy);
        }
    }

    private bool CheckBounds(RepeatNode repeat)
    {
        if (repeat.Max is { } max && (max < repeat.Min || max > MaxRepetition))
        {
            if (Reporting)
            {
                _report(repeat.Offset, DiagnosticCodes.InvalidRepetition, max < repeat.Min
                    ? $"repetition {{{repeat.Min},{max}}} has its maximum below its minimum"
                    : $"repetition bound {max} is over the limit of {MaxRepetition}");
            }

            return false;
        }

        if (repeat.Max is null && (PatternAnalysis.IsNullable(repeat.Inner, _symbols)
                                   || !PatternAnalysis.StartsRestricted(repeat.Inner, _symbols)))
        {
            if (Reporting)
            {
                _report(repeat.Offset, DiagnosticCodes.UnboundedRepetition,
                    "unbounded repetition of an element that can match nothing or any token; bound it, e.g. {0,8}");
            }

            return false;
        }

        return true;
    }

    /// <summary>The one-token test a node amounts to, or null when it is not a single-token element.</summary>
    private TokenTest? SingleTokenTest(PatternNode node)
    {
        switch (node)
        {
            case WordNode { Exact: true } word:
                return new ExactWordTest(CharNormalizer.Normalize(word.Text));
            case WordNode word:
                var key = Tokenizer.NormalizeKey(word.Text);
                return new WordSetTest([key], $"'{word.Text}'");
            case VerbFormsNode verb:
                return new WordSetTest([.. VerbForms.Of(verb.Lemma)], $"~{verb.Lemma}");
            case TokenClassNode tokenClass:
                return new ClassTest(tokenClass.Class);
            case RegexNode regex:
                return CompileRegex(regex);
            case AlternationNode alternation when alternation.Options.All(o => o is WordNode { Exact: false } or VerbFormsNode):
                var words = new HashSet<string>(StringComparer.Ordinal);
                foreach (var option in alternation.Options)
                {
                    words.UnionWith(((WordSetTest)SingleTokenTest(option)!).Words);
                }

                return new WordSetTest(words, string.Join(" | ", alternation.Options.Select(Describe)));
            default:
                return null;
        }
    }

    /// <summary>
    /// Gathers the plain-word options of an alternation into one option, in the place of the first of them, so that
    /// "(@Auxiliary | to | ~refuse | ~fail)" costs two branches instead of four.
    /// </summary>
    private static AlternationNode MergePlainWords(AlternationNode alternation)
    {
        var words = alternation.Options.Where(o => o is WordNode { Exact: false } or VerbFormsNode).ToList();
        if (words.Count < 2)
        {
            return alternation;
        }

        var options = new List<PatternNode>();
        foreach (var option in alternation.Options)
        {
            if (!words.Contains(option))
            {
                options.Add(option);
            }
            else if (option == words[0])
            {
                options.Add(new AlternationNode(option.Offset, words));
            }
        }

        return alternation with { Options = options };
    }

    private static string Describe(PatternNode node) => node switch
    {
        WordNode w => $"'{w.Text}'",
        VerbFormsNode v => $"~{v.Lemma}",
        _ => node.GetType().Name,
    };

    private RegexTest? CompileRegex(RegexNode regex)
    {
        try
        {
            var options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
            if (!regex.CaseSensitive)
            {
                options |= RegexOptions.IgnoreCase;
            }

            return new RegexTest(new Regex($"^(?:{regex.Pattern})$", options));
        }
        catch (ArgumentException e)
        {
            if (Reporting)
            {
                _report(regex.Offset, DiagnosticCodes.InvalidRegex, $"invalid regular expression: {e.Message}");
            }

            return null;
        }
        catch (NotSupportedException e)
        {
            if (Reporting)
            {
                _report(regex.Offset, DiagnosticCodes.InvalidRegex, $"regular expression not supported (it must run in linear time): {e.Message}");
            }

            return null;
        }
    }

    private int CaptureSlot(string name)
    {
        var index = _captures.IndexOf(name);
        if (index < 0)
        {
            _captures.Add(name);
            index = _captures.Count - 1;
        }

        return index;
    }

    private void AddToken(TokenTest test, int offset)
    {
        _tests.Add(test);
        Add(OpCode.Token, 0, 0, _tests.Count - 1, offset);
    }

    private int Add(OpCode op, int x, int y, int operand, int element)
    {
        _code.Add(new Instruction(op, x, y, operand, element));
        _elements.Add(_origins.Peek());
        return _code.Count - 1;
    }

    private void Patch(int at, int? x = null, int? y = null)
    {
        var i = _code[at];
        _code[at] = i with { X = x ?? i.X, Y = y ?? i.Y };
    }

    /// <summary>A split that enters the body (at+1) or leaves to <paramref name="exit"/>, preferring one by greediness.</summary>
    private void PatchChoice(int at, int exit, bool greedy) =>
        Patch(at, x: greedy ? at + 1 : exit, y: greedy ? exit : at + 1);
}
