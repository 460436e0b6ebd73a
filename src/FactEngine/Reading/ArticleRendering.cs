namespace FactEngine.Reading;

/// <summary>One rendering of an article's text.</summary>
/// <param name="Name"><see cref="Text"/> for a plain article; <see cref="Flat"/> and <see cref="Paragraphs"/>
/// for the two renderings of the dump format.</param>
/// <param name="Content">The text exactly as read.</param>
public sealed record ArticleRendering(string Name, string Content)
{
    public const string Text = "text";
    public const string Flat = "flat";
    public const string Paragraphs = "paragraphs";

    /// <summary>True for the punctuation-stripped line of the dump format.</summary>
    public bool IsFlat => Name == Flat;
}
