using FactEngine.Text;

namespace FactEngine.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("Russia's proposals", "Russia|'s|proposals")]
    [InlineData("Russia’s proposals", "Russia|’s|proposals")]
    [InlineData("the U.S. and the U.K", "the|U.S.|and|the|U.K")]
    [InlineData("long-range, precision artillery", "long-range|,|precision|artillery")]
    [InlineData("didn't send $156m", "did|n't|send|$|156m")]
    [InlineData("1,000.5 tonnes on 26.01.2022", "1,000.5|tonnes|on|26.01.2022")]
    [InlineData("O'Brien said \"no\"", "O'Brien|said|\"|no|\"")]
    [InlineData("We’ve supplied, they're sending, we'll send", "We|’ve|supplied|,|they|'re|sending|,|we|'ll|send")]
    [InlineData("'ve 's", "'ve|'s")]
    public void Splits_words_clitics_and_punctuation(string text, string expected)
    {
        Tokenizer.Tokenize(text).Select(t => t.Text).ShouldBe(expected.Split('|'));
    }

    [Fact]
    public void Tokens_keep_offsets_into_the_original_text()
    {
        const string text = "The US\u00A0handed “responses” over — on Jan. 26";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            text[token.Start..token.End].ShouldBe(token.Text);
        }
    }

    [Fact]
    public void Matching_keys_normalise_quotes_and_case_but_not_the_text()
    {
        var token = Tokenizer.Tokenize("Russia’s")[1];
        token.Text.ShouldBe("’s");
        token.Norm.ShouldBe("'s");
    }

    [Theory]
    [InlineData("nuclear onesThe United States", "nuclear|ones|The|United|States")]
    [InlineData("told TASSThe series", "told|TASS|The|series")]
    [InlineData("per seOn December", "per|se|On|December")]
    [InlineData("NATOs plans", "NATOs|plans")]
    public void Flat_renderings_split_glued_words(string text, string expected)
    {
        Tokenizer.Tokenize(text, TokenizerOptions.Flat).Select(t => t.Text).ShouldBe(expected.Split('|'));
    }
}
