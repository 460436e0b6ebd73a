namespace FactEngine.Dates;

/// <summary>"soon" is a vague future (FUTURE_REF) only next to a modal or "to" ("will soon begin", "it soon will",
/// "may soon seek", "to soon grow"): elsewhere it often places an event relative to another ("as soon as Tuesday",
/// "was soon released", "soon became a flood") or is too loose to mark ("married soon"). "one day" after a modal
/// ("will one day be") is the same vague future, not a duration.</summary>
internal static class VagueFutureRule
{
    private static readonly HashSet<string> ModalsBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "ll", "may", "might", "could", "should", "would", "can", "must", "to", "shall",
    };

    private static readonly HashSet<string> ModalsAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "may", "might", "could", "should", "would", "can", "must", "shall",
    };

    /// <summary>The expression read at text[at..atEnd) in the sentence text[start..end): null for a "soon" that is not a
    /// vague future, FUTURE_REF for "one day" after a modal, else unchanged.</summary>
    public static DateExpression? Apply(DateExpression expression, string text, int start, int end, int at, int atEnd)
    {
        var span = text.AsSpan(at, atEnd - at);
        if (expression is GeneralReference && span.Equals("soon", StringComparison.OrdinalIgnoreCase))
        {
            return ModalsBefore.Contains(WordBefore(text, start, at)) || ModalsAfter.Contains(WordAfter(text, atEnd, end)) ? expression : null;
        }

        return expression is DurationExpression { Unit: TimeUnit.Day, Amount: 1 } && span.Equals("one day", StringComparison.OrdinalIgnoreCase)
            && ModalsBefore.Contains(WordBefore(text, start, at)) && !WordBefore(text, start, at).Equals("to", StringComparison.OrdinalIgnoreCase)
            ? new GeneralReference("FUTURE_REF")
            : expression;
    }

    private static string WordBefore(string text, int start, int at) => Neighbours.WordBefore(text, start, at).Word;

    private static string WordAfter(string text, int atEnd, int end)
    {
        var begin = atEnd;
        while (begin < end && text[begin] == ' ')
        {
            begin++;
        }

        var stop = begin;
        while (stop < end && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return text[begin..stop];
    }
}
