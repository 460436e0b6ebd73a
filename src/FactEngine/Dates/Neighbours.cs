namespace FactEngine.Dates;

/// <summary>The words next to a date in the sentence text, for the rules that read a date by its neighbours.</summary>
internal static class Neighbours
{
    /// <summary>The word ending before <paramref name="at"/> (spaces skipped, not before <paramref name="start"/>) and where it begins.</summary>
    public static (string Word, int Begin) WordBefore(string text, int start, int at)
    {
        var stop = at;
        while (stop > start && text[stop - 1] == ' ')
        {
            stop--;
        }

        var begin = stop;
        while (begin > start && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return (text[begin..stop], begin);
    }
}
