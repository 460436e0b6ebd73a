namespace FactEngine.Text;

/// <summary>Words that end with a period without ending a sentence ("Mr.", "Dec.", "Gen.").</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "cmdr", "gov",
        "sen", "rep", "rev", "st", "mt", "ft", "pres", "amb", "messrs", "hon", "brig", "cdr", "pvt", "cpl",
        "jr", "sr", "inc", "corp", "ltd", "co", "no", "nos", "vs", "etc", "approx", "dept", "est", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "al", "vol", "pp", "ca",
    };

    /// <summary>Months and titles that normally precede more of the same sentence.</summary>
    private static readonly HashSet<string> AlwaysContinue = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep",
        "rev", "st", "pres", "amb", "hon", "brig", "pvt", "cpl", "no", "nos", "vs", "messrs", "cdr", "cmdr",
    };

    /// <summary>Words that usually open a sentence: a capitalised one after "U.S." ends the sentence.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
        "but", "and", "however", "in", "on", "at", "according", "meanwhile", "earlier", "later", "his", "her",
        "its", "their", "our", "after", "before", "as", "while", "when", "if", "some", "many", "most", "since",
    };

    public static bool IsAbbreviation(string norm) => Titles.Contains(norm);

    public static bool AlwaysContinues(string norm) => AlwaysContinue.Contains(norm);

    public static bool IsSentenceStarter(string norm) => SentenceStarters.Contains(norm);
}
