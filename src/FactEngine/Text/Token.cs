namespace FactEngine.Text;

/// <summary>
/// A token with its character offsets into the original text. <see cref="Norm"/> is the matching key:
/// typographic characters normalised and lower-cased; <see cref="Text"/> keeps the original spelling.
/// </summary>
public sealed record Token(int Start, int End, string Text, string Norm, TokenKind Kind)
{
    /// <summary>True when the token was split off a glued word ("onesThe" → "ones" | "The"): a likely boundary.</summary>
    public bool AfterGlue { get; init; }

    public int Length => End - Start;

    /// <summary>The text with typographic characters normalised but its case kept (for case-sensitive tests); computed once.</summary>
    public string Cased => field ??= CharNormalizer.Normalize(Text);

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsWord => Kind == TokenKind.Word;

    public override string ToString() => Text;
}
