using FactEngine.Syntax.Ast;
using FactEngine.Text;
using Sprache;

namespace FactEngine.Syntax.Parsing;

internal static partial class RuleGrammar
{
    /// <summary>
    /// A token pattern: alternatives of sequences of (optionally captured, negated, repeated) atoms.
    /// <code>
    /// pattern     = sequence ("|" sequence)*
    /// sequence    = element+
    /// element     = name ":" element | "!" atom quantifier* | atom quantifier*
    /// quantifier  = ("?" | "*" | "+" | "{" n "}" | "{" n "," m? "}") "?"?
    /// atom        = "^" | "$" | "(" pattern ")" | "[]" | "&lt;" class "&gt;" | "@" Name filters? | "~" verb
    ///             | "string" | 'exact string' | /regex/flags | word
    /// </code>
    /// </summary>
    internal static Parser<PatternNode> Pattern => field ??= Parse.Ref(() => Alternation!);

    private static Parser<PatternNode> Alternation => field ??= Parse.Ref(() =>
        from offset in Offset
        from first in Sequence!
        from rest in Sym('|').Then(_ => Sequence!).XMany()
        select rest.Any() ? new AlternationNode(offset, [first, .. rest]) : first);

    private static Parser<PatternNode> Sequence => field ??= Parse.Ref(() =>
        from offset in Offset
        from items in Element!.XAtLeastOnce().Named("pattern element")
        select items.Count() == 1 ? items.First() : new SequenceNode(offset, [.. items]));

    private static Parser<PatternNode> Element => field ??= Parse.Ref(() => Capture!.Or(Quantified!));

    private static Parser<PatternNode> Capture => field ??= Parse.Ref(() =>
        from offset in Offset
        from name in RawName
        from colon in Parse.Char(':').Then(_ => Trivia)
        from inner in Element!
        select (PatternNode)new CaptureNode(offset, name, inner));

    private static Parser<PatternNode> Quantified => field ??= Parse.Ref(() =>
        from offset in Offset
        from atom in Negation!.Or(Atom!)
        from quantifiers in Quantifier!.XMany()
        select quantifiers.Aggregate(atom, (inner, q) => new RepeatNode(offset, inner, q.Min, q.Max, q.Greedy)));

    private static Parser<PatternNode> Negation => field ??= Parse.Ref(() =>
        from offset in Offset
        from bang in Sym('!')
        from atom in Atom!
        select (PatternNode)new NotNode(offset, atom));

    private static Parser<(int Min, int? Max)> Bounds => field ??=
        from open in Sym('{')
        from min in Integer
        from max in Sym(',').Then(_ => Integer.Select(m => (int?)m).Optional().Select(m => m.GetOrElse(null)))
            .Optional()
        from close in Sym('}')
        select (min, max.IsDefined ? max.Get() : (int?)min);

    private static Parser<(int Min, int? Max, bool Greedy)> Quantifier => field ??=
        from bounds in Sym('?').Return((0, (int?)1))
            .Or(Sym('*').Return((0, (int?)null)))
            .Or(Sym('+').Return((1, (int?)null)))
            .Or(Bounds)
            .Named("quantifier")
        from lazy in Sym('?').Optional()
        select (bounds.Item1, bounds.Item2, !lazy.IsDefined);

    private static Parser<PatternNode> Group => field ??= Parse.Ref(() =>
        from open in Sym('(')
        from inner in Pattern
        from close in Sym(')')
        select inner);

    private static Parser<PatternNode> AnyToken => field ??=
        from offset in Offset
        from open in Parse.Char('[')
        from close in Parse.Char(']').Named("']'").Tok()
        select (PatternNode)new TokenClassNode(offset, TokenClass.Any);

    private static Parser<TokenClass> ClassName => field ??=
        Parse.String("any").Return(TokenClass.Any)
            .Or(Parse.String("word").Return(TokenClass.Word))
            .Or(Parse.String("cap").Return(TokenClass.Capitalized))
            .Or(Parse.String("num").Return(TokenClass.Number))
            .Or(Parse.String("punct").Return(TokenClass.Punctuation))
            .Named("token class (any, word, cap, num or punct)");

    private static Parser<PatternNode> Class => field ??=
        from offset in Offset
        from open in Parse.Char('<')
        from name in ClassName
        from close in Sym('>')
        select (PatternNode)new TokenClassNode(offset, name);

    private static Parser<IEnumerable<AttributeFilter>> Filters => field ??=
        from open in Parse.Char('[')
        from trivia in Trivia
        from filters in Attribute!.DelimitedBy(Sym(','))
        from close in Sym(']')
        select filters;

    private static Parser<AttributeFilter> Attribute => field ??= Parse.Ref(() =>
        from key in Name
        from eq in Sym('=')
        from value in String.Or(Name)
        select new AttributeFilter(key, value));

    private static Parser<PatternNode> Reference => field ??=
        from offset in Offset
        from at in Parse.Char('@')
        from name in RawName
        from filters in Filters.XOptional()
        from trivia in Trivia
        select (PatternNode)new ReferenceNode(offset, name, filters.IsDefined ? [.. filters.Get()] : []);

    private static Parser<PatternNode> VerbForms => field ??=
        from offset in Offset
        from tilde in Parse.Char('~')
        from lemma in RawName.Tok()
        select (PatternNode)new VerbFormsNode(offset, lemma.ToLowerInvariant());

    private static Parser<PatternNode> Regex => field ??=
        from offset in Offset
        from open in Parse.Char('/')
        from body in Parse.String("\\/").Return('/').Or(Parse.Char(c => c != '/' && c != '\n', "regex character")).Many().Text()
        from close in Parse.Char('/').Named("closing /")
        from flags in Parse.Chars("ci").Many().Text().Tok()
        select (PatternNode)new RegexNode(offset, body, flags.Contains('c'));

    private static Parser<string> BareWordText => field ??=
        Parse.Identifier(Parse.LetterOrDigit, Parse.Char(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or '_', "word character"))
            .Named("word");

    private static Parser<PatternNode> BareWord => field ??=
        from offset in Offset
        from word in BareWordText
        from trivia in Trivia
        select (PatternNode)new WordNode(offset, word, Exact: false);

    private static Parser<PatternNode> Literal => field ??=
        from offset in Offset
        from exact in ExactString.Select(s => (Text: s, Exact: true)).Or(String.Select(s => (Text: s, Exact: false)))
        select LiteralNode(offset, exact.Text, exact.Exact);

    /// <summary>A quoted literal becomes one word node per token of its text: "hand over" is two tokens.</summary>
    private static PatternNode LiteralNode(int offset, string text, bool exact)
    {
        var words = Tokenizer.Tokenize(text).Select(t => (PatternNode)new WordNode(offset, t.Text, exact)).ToList();
        return words.Count switch
        {
            0 => new SequenceNode(offset, []),
            1 => words[0],
            _ => new SequenceNode(offset, words),
        };
    }

    private static Parser<PatternNode> Anchor => field ??=
        from offset in Offset
        from anchor in Sym('^').Return(true).Or(Sym('$').Return(false))
        select (PatternNode)new AnchorNode(offset, anchor);

    private static Parser<PatternNode> Atom => field ??=
        Anchor.Or(Group).Or(AnyToken).Or(Class).Or(Reference).Or(VerbForms).Or(Literal).Or(Regex).Or(BareWord)
            .Named("pattern element");
}
