namespace FactEngine.Text;

/// <summary>A sentence: character offsets into the text and the half-open range of its tokens.</summary>
public sealed record Sentence(int Index, int Start, int End, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}
