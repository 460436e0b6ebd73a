namespace FactEngine.Text;

/// <summary>A text with its tokens and sentences.</summary>
public sealed record AnalyzedText(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<Sentence> Sentences)
{
    public static AnalyzedText Analyze(string text, TokenizerOptions? options = null)
    {
        var tokens = Tokenizer.Tokenize(text, options);
        return new AnalyzedText(text, tokens, SentenceSplitter.Split(text, tokens));
    }

    /// <summary>The original text between two character offsets.</summary>
    public string Slice(int start, int end) => Text[start..end];

    /// <summary>The original text of tokens [first, end).</summary>
    public string SliceTokens(int first, int end) =>
        end <= first ? string.Empty : Text[Tokens[first].Start..Tokens[end - 1].End];
}
