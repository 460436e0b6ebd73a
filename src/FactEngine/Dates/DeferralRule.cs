namespace FactEngine.Dates;

/// <summary>"postponed until Tuesday morning", "extended its deadline until Tuesday", "delayed to Monday": the date a
/// thing is put off to lies ahead of the report, whatever the tense of the verb that puts it off. Only a short list
/// of verbs of deferral, at most four words before "until", "till" or "to", with no punctuation between.</summary>
internal static class DeferralRule
{
    private const int WordsBack = 5;

    private static readonly HashSet<string> DeferralVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "postpone", "postponed", "postpones", "postponing", "delay", "delayed", "delays", "delaying", "extend", "extended",
        "extends", "extending", "adjourn", "adjourned", "adjourns", "defer", "deferred", "defers", "reschedule",
        "rescheduled",
    };

    /// <summary>The expression read at <paramref name="at"/> in a sentence starting at <paramref name="start"/>, its
    /// date marked as deferred when a verb of deferral and "until"/"till"/"to" come before it.</summary>
    public static DateExpression Apply(DateExpression expression, string text, int start, int at) => expression switch
    {
        OpenRange { Boundary: "until" or "till" } range when DeferralBefore(text, start, at) => range with { Bound = new DeferredDate(range.Bound) },
        CalendarDate or WeekdayDate when WordBefore(text, start, at, out var before) is "to" or "until" or "till"
            && DeferralBefore(text, start, before) => new DeferredDate(expression),
        _ => expression,
    };

    /// <summary>True when one of the few words before <paramref name="at"/> is a verb of deferral.</summary>
    private static bool DeferralBefore(string text, int start, int at)
    {
        var position = at;
        for (var i = 0; i < WordsBack; i++)
        {
            var word = WordBefore(text, start, position, out position);
            if (word.Length == 0)
            {
                return false;
            }

            if (DeferralVerbs.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lower-case word ending just before <paramref name="at"/> (over spaces only), and where it begins;
    /// empty at punctuation or the sentence start.</summary>
    private static string WordBefore(string text, int start, int at, out int wordStart)
    {
        var stop = at;
        while (stop > start && text[stop - 1] == ' ')
        {
            stop--;
        }

        wordStart = stop;
        while (wordStart > start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '\''))
        {
            wordStart--;
        }

        return text[wordStart..stop].ToLowerInvariant();
    }
}
