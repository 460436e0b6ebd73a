namespace FactEngine.Text;

/// <summary>The lexical class of a token.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}
