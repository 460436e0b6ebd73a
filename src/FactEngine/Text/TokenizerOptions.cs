namespace FactEngine.Text;

/// <summary>Switches for the tokenizer.</summary>
/// <param name="SplitGluedWords">Split words glued by a stripped space, as in the dump format's flat line
/// ("onesThe" → "ones", "The"; "TASSThe" → "TASS", "The").</param>
public sealed record TokenizerOptions(bool SplitGluedWords = false)
{
    public static TokenizerOptions Default { get; } = new();

    public static TokenizerOptions Flat { get; } = new(SplitGluedWords: true);
}
