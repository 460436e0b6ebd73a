using FactEngine.Text;

namespace FactEngine.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var analyzed = AnalyzedText.Analyze(text);
        return [.. analyzed.Sentences.Select(s => text[s.Start..s.End])];
    }

    [Theory]
    [InlineData("It was released on Dec. 17 in Moscow. Talks follow.", "It was released on Dec. 17 in Moscow.|Talks follow.")]
    [InlineData("Mr. Blinken spoke. He left.", "Mr. Blinken spoke.|He left.")]
    [InlineData("Aid came from the U.S. Defense Department. It arrived.", "Aid came from the U.S. Defense Department.|It arrived.")]
    [InlineData("Weapons came from the U.S. The shipment was late.", "Weapons came from the U.S.|The shipment was late.")]
    [InlineData("He said: \"We will send tanks.\" Then he left.", "He said: \"We will send tanks.\"|Then he left.")]
    [InlineData("The aid (worth $2bn.) arrived. Good.", "The aid (worth $2bn.) arrived.|Good.")]
    [InlineData("Gen. Milley and J. Smith met. Fine.", "Gen. Milley and J. Smith met.|Fine.")]
    [InlineData("First line\nSecond line", "First line|Second line")]
    public void Splits_sentences_around_abbreviations_quotes_and_brackets(string text, string expected)
    {
        Sentences(text).ShouldBe(expected.Split('|'));
    }

    [Fact]
    public void Flat_text_splits_at_glued_paragraph_boundaries()
    {
        const string text = "talks will continue the source saidThe United States handed responses";
        var analyzed = AnalyzedText.Analyze(text, TokenizerOptions.Flat);
        analyzed.Sentences.Select(s => text[s.Start..s.End])
            .ShouldBe(["talks will continue the source said", "The United States handed responses"]);
    }

    [Fact]
    public void Over_long_sentences_are_cut_so_matching_stays_linear()
    {
        var text = string.Join(", ", Enumerable.Repeat("one two three", 200));
        var analyzed = AnalyzedText.Analyze(text);
        analyzed.Sentences.ShouldAllBe(s => s.TokenCount <= SentenceSplitter.MaxTokens);
        analyzed.Sentences.Sum(s => s.TokenCount).ShouldBe(analyzed.Tokens.Count);
    }
}
