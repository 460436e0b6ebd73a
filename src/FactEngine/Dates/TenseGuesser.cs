namespace FactEngine.Dates;

/// <summary>Guesses the tense of the clause around a date from the words of its sentence: the verb cue
/// nearest to the date wins (cues after the date and regular -ed words, often adjectives, count as twice as far) (will/shall/'ll/going to: future; was/were/had/did, irregular past forms and
/// -ed words: past; is/are/has/says: present). Unknown when the sentence has no cue.</summary>
public static class TenseGuesser
{
    private static readonly HashSet<string> FutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "ll", "wont", "won't", "tomorrow", "expected", "expects", "expect", "scheduled",
        "due", "payable", "plans", "planned", "deadline", "expire", "expires", "upcoming", "intends",
        "effective", "record", "starting", "until",
        "soon",
    };

    /// <summary>Past forms that are never participles.</summary>
    private static readonly HashSet<string> FinitePast = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "ago", "yesterday", "last", "earlier",
    };

    /// <summary>Words after which an -ed word is a participle or adjective, not a past-tense verb.</summary>
    private static readonly HashSet<string> ParticipleMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "been", "being", "is", "are", "am", "the", "a", "an", "to", "has", "have", "will", "its", "their",
    };

    private static readonly HashSet<string> PresentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "am", "has", "says", "does", "do", "expects", "plans", "remains", "begins",
    };

    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "told", "made", "took", "gave", "sent", "went", "came", "got",
        "met", "left", "began", "became", "brought", "bought", "sold", "held", "found", "saw", "knew", "thought",
        "fell", "rose", "hit", "lost", "won", "paid", "led", "spoke", "wrote", "ran", "set", "struck", "kept",
        "felt", "meant", "put", "shot", "stood", "fought", "broke", "chose", "drove", "flew", "grew", "threw",
        "ago", "yesterday", "last", "earlier",
    };

    private static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "needed", "speed", "indeed", "hundred", "united", "red", "bed", "seed", "feed", "proceed",
        "exceed", "succeed", "breed", "weed", "greed", "shed", "wed", "led", "ted", "fred", "ned", "ed",
    };

    /// <summary>The tense of the clause around offset <paramref name="at"/> in text[sentenceStart..sentenceEnd).</summary>
    public static Tense Guess(string text, int sentenceStart, int sentenceEnd, int at)
    {
        ArgumentNullException.ThrowIfNull(text);
        var best = Tense.Unknown;
        var bestDistance = int.MaxValue;
        var position = sentenceStart;
        var previousWord = string.Empty;
        while (position < sentenceEnd)
        {
            if (!char.IsLetter(text[position]))
            {
                position++;
                continue;
            }

            var stop = position;
            while (stop < sentenceEnd && (char.IsLetter(text[stop]) || text[stop] == '\''))
            {
                stop++;
            }

            var tense = Classify(text, position, stop, sentenceEnd, previousWord);
            previousWord = text[position..stop];
            var distance = position < at ? at - position : (position - at) * 2;
            if (tense == Tense.Past && !PastWords.Contains(text[position..stop]))
            {
                distance *= 2;
            }

            if (tense != Tense.Unknown && distance < bestDistance)
            {
                best = tense;
                bestDistance = distance;
            }

            position = stop;
        }

        return best;
    }

    private static Tense Classify(string text, int start, int stop, int sentenceEnd, string previousWord)
    {
        var word = text[start..stop].TrimStart('\'');
        if (FutureWords.Contains(word) || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || IsGoingTo(text, word, stop, sentenceEnd))
        {
            return Tense.Future;
        }

        var pastForm = PastWords.Contains(word)
            || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPast.Contains(word));
        if (pastForm && (FinitePast.Contains(word) || !ParticipleMarkers.Contains(previousWord)))
        {
            return Tense.Past;
        }

        return PresentWords.Contains(word) ? Tense.Present : Tense.Unknown;
    }

    /// <summary>"going to", "set to", "is to", "are to": an arrangement for the future.</summary>
    private static bool IsGoingTo(string text, string word, int stop, int sentenceEnd) =>
        word.ToLowerInvariant() is "going" or "set" or "is" or "are"
        && stop + 3 <= sentenceEnd
        && text.AsSpan(stop, Math.Min(4, sentenceEnd - stop)).TrimStart() is var next
        && next.StartsWith("to", StringComparison.OrdinalIgnoreCase)
        && (next.Length == 2 || !char.IsLetter(next[2]));
}
