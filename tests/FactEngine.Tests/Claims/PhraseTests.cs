using FactEngine.Claims;
using FactEngine.Text;

namespace FactEngine.Tests.Claims;

public class PhraseTests
{
    [Theory]
    [InlineData("long-range, precision artillery", "artillery")]
    [InlineData("more than 4,200 anti-tank weapons", "weapons")]
    [InlineData("250,000 tonnes of soft wheat to Egypt", "wheat")]
    [InlineData("$156m in support", "support")]
    [InlineData("a $61 billion package of desperately needed aid", "aid")]
    [InlineData("three Stingers [air defense systems]", "Stingers")]
    [InlineData("17,000 Javelins", "Javelins")]
    [InlineData("Tanks", "tanks")]
    [InlineData("HIMARS", "HIMARS")]
    [InlineData("their written responses to Russia's security proposals", "responses")]
    public void Head_is_the_noun_the_phrase_names(string phrase, string head) =>
        PhraseHead.Of(phrase).ShouldBe(head);

    [Theory]
    [InlineData("food, medicine, sleeping bags and baby formula", "food|medicine|sleeping bags|baby formula")]
    [InlineData("long-range, precision artillery", "long-range, precision artillery")]
    [InlineData("anti-tank and anti-aircraft missiles", "anti-tank and anti-aircraft missiles")]
    [InlineData("$61 billion in military and humanitarian aid", "$61 billion in military and humanitarian aid")]
    [InlineData("one or two tanks", "one or two tanks")]
    [InlineData("German and Polish tanks as well as ammunition", "German and Polish tanks|ammunition")]
    [InlineData("anti-tank weapons, Stingers [air defense systems, radars] and many other weapons", "anti-tank weapons|Stingers [air defense systems, radars]|many other weapons")]
    [InlineData("arms deliveries, ammunition, and anti-tank weapons", "arms deliveries|ammunition|anti-tank weapons")]
    [InlineData("more military aid and step up sanctions", "more military aid and step up sanctions")]
    [InlineData("drones and parts to", "drones and parts to")]
    [InlineData("food, medicine and not weapons", "food|medicine and not weapons")]
    public void A_list_splits_into_its_conjuncts_but_modifiers_stay_with_their_noun(string phrase, string expected)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        var parts = PhraseConjuncts.Split(tokens, 0, tokens.Count)
            .Select(p => phrase[tokens[p.First].Start..tokens[p.End - 1].End]);
        string.Join("|", parts).ShouldBe(expected);
    }
}
