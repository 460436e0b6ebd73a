namespace FactEngine.Dates;

/// <summary>Guesses the tense of the clause around a date from the words of its sentence: the verb cue
/// nearest to the date wins (cues after the date, regular -ed words, often adjectives, and "would" count as twice as
/// far) (will/shall/'ll/going to/plan to/would: future, but "planned to" after the date is past; was/were/had/did, irregular past forms, -ed words and the
/// present perfect "has been", "have sold": past; is/are/has/says: present; "was planning", "were due" leave the
/// auxiliary out). A weekday in the possessive ("Friday's close") is past unless the clause is future. Unknown when
/// the sentence has no cue.</summary>
public static class TenseGuesser
{
    private static readonly HashSet<string> FutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "ll", "wont", "won't", "would", "tomorrow", "expected", "expects", "expect", "scheduled",
        "due", "payable", "plans", "planned", "expire", "expires", "upcoming", "intends",
        "effective", "record", "starting", "until",
        "soon", "planning", "plan",
    };

    /// <summary>Future cues that also begin conditionals ("would"), counted as twice as far.</summary>
    private static readonly HashSet<string> WeakFutureWords = new(StringComparer.OrdinalIgnoreCase) { "would" };

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
        var tense = GuessFromCues(text, sentenceStart, sentenceEnd, at);
        return tense != Tense.Future && IsPossessiveDay(text, at, sentenceEnd) ? Tense.Past : tense;
    }

    /// <summary>"Thursday's closing price", "Friday's selling": a day named in the possessive is one already reported on.</summary>
    private static bool IsPossessiveDay(string text, int at, int sentenceEnd)
    {
        var stop = at;
        while (stop < sentenceEnd && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return stop + 1 < sentenceEnd && text[stop] is '\'' or '\u2019' && text[stop + 1] is 's' or 'S'
            && (stop + 2 >= sentenceEnd || !char.IsLetter(text[stop + 2]))
            && text.AsSpan(at, stop - at).EndsWith("day", StringComparison.OrdinalIgnoreCase)
            && !text.AsSpan(at, stop - at).Equals("today", StringComparison.OrdinalIgnoreCase);
    }

    private static Tense GuessFromCues(string text, int sentenceStart, int sentenceEnd, int at)
    {
        var best = Tense.Unknown;
        var bestDistance = int.MaxValue;
        var position = sentenceStart;
        var previousWord = string.Empty;
        var wordBeforePrevious = string.Empty;
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

            var tense = position > at && IsPlannedTo(text, position, stop, sentenceEnd, previousWord)
                ? Tense.Past
                : Classify(text, position, stop, sentenceEnd, previousWord, wordBeforePrevious);
            wordBeforePrevious = previousWord;
            previousWord = text[position..stop];
            var distance = position < at ? at - position : (position - at) * 2;
            if ((tense == Tense.Past && !PastWords.Contains(text[position..stop]))
                || (tense == Tense.Future && WeakFutureWords.Contains(text[position..stop])))
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

    private static Tense Classify(string text, int start, int stop, int sentenceEnd, string previousWord, string wordBeforePrevious)
    {
        var word = text[start..stop].TrimStart('\'');
        if (IsNounPlans(word, previousWord) || IsNounRecord(word, previousWord) || IsAdjectiveStarting(word, previousWord))
        {
            return Tense.Unknown;
        }

        if (FutureWords.Contains(word) || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || IsGoingTo(text, word, stop, sentenceEnd))
        {
            return Tense.Future;
        }

        if (IsFutureInPast(text, word, stop, sentenceEnd))
        {
            return Tense.Unknown;
        }

        var pastForm = PastWords.Contains(word)
            || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPast.Contains(word));
        if (pastForm && (FinitePast.Contains(word) || (!ParticipleMarkers.Contains(previousWord) && !IsAttributive(previousWord, wordBeforePrevious))))
        {
            return Tense.Past;
        }

        if (IsPresentPerfect(text, word, stop, sentenceEnd))
        {
            return Tense.Past;
        }

        return PresentWords.Contains(word) ? Tense.Present : Tense.Unknown;
    }

    /// <summary>"was planning", "were expected", "was due": the auxiliary is not a past cue, the next word speaks.</summary>
    private static bool IsFutureInPast(string text, string word, int stop, int sentenceEnd) =>
        (word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("were", StringComparison.OrdinalIgnoreCase))
        && NextWord(text, stop, sentenceEnd, out _) is var next
        && (FutureWords.Contains(next) || next.Equals("about", StringComparison.OrdinalIgnoreCase));

    /// <summary>"a still unspecified date", "the newly built plant": a participle between a determiner and its noun, with
    /// an adverb before it, is an adjective, not a past-tense verb.</summary>
    private static bool IsAttributive(string previousWord, string wordBeforePrevious) =>
        Determiners.Contains(wordBeforePrevious)
        && (AttributiveAdverbs.Contains(previousWord) || (previousWord.Length > 4 && previousWord.EndsWith("ly", StringComparison.OrdinalIgnoreCase)));

    private static readonly HashSet<string> AttributiveAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "still", "yet", "not", "once", "long", "much", "well", "so", "as", "now",
    };

    /// <summary>"On Friday, the government planned to pay": a date before the finite verb "planned to" is the time of the
    /// planning, a past; after it ("planned to leave on Thursday") it is the time of what was planned, ahead.</summary>
    private static bool IsPlannedTo(string text, int start, int stop, int sentenceEnd, string previousWord) =>
        text.AsSpan(start, stop - start).Equals("planned", StringComparison.OrdinalIgnoreCase)
        && !ParticipleMarkers.Contains(previousWord) && !FinitePast.Contains(previousWord) && !Determiners.Contains(previousWord)
        && NextWord(text, stop, sentenceEnd, out _).Equals("to", StringComparison.OrdinalIgnoreCase);

    /// <summary>"announced plans", "its plans": "plans" the noun, not the verb of "plans to".</summary>
    private static bool IsNounPlans(string word, string previousWord) =>
        (word.Equals("plans", StringComparison.OrdinalIgnoreCase) || word.Equals("plan", StringComparison.OrdinalIgnoreCase))
        && (Determiners.Contains(previousWord) || (previousWord.Length > 4 && previousWord.EndsWith("ed", StringComparison.OrdinalIgnoreCase)));

    /// <summary>"a starting point", "the starting line": "starting" after a determiner describes a noun; only the verb
    /// ("starting Monday", "starting next year") points ahead.</summary>
    private static bool IsAdjectiveStarting(string word, string previousWord) =>
        word.Equals("starting", StringComparison.OrdinalIgnoreCase) && Determiners.Contains(previousWord);

    /// <summary>"a record", "record profits": only "of record" (holders of record on a future date) is a future cue.</summary>
    private static bool IsNounRecord(string word, string previousWord) =>
        word.Equals("record", StringComparison.OrdinalIgnoreCase) && !previousWord.Equals("of", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "no", "any", "new", "these", "those", "such",
    };

    private static readonly HashSet<string> PerfectAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "already", "also", "just", "recently", "since", "now", "not", "never", "previously", "twice", "once",
    };

    /// <summary>"has been", "have agreed", "has already sold": a present perfect reports a past event.</summary>
    private static bool IsPresentPerfect(string text, string word, int stop, int sentenceEnd)
    {
        if (!(word.Equals("has", StringComparison.OrdinalIgnoreCase) || word.Equals("have", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ve", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var next = NextWord(text, stop, sentenceEnd, out var after);
        if (PerfectAdverbs.Contains(next))
        {
            next = NextWord(text, after, sentenceEnd, out _);
        }

        return next.Equals("been", StringComparison.OrdinalIgnoreCase)
            || (PastWords.Contains(next) && !FinitePast.Contains(next))
            || (next.Length > 3 && next.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPast.Contains(next))
            || (next.EndsWith("en", StringComparison.OrdinalIgnoreCase) && next.Length > 4);
    }

    private static string NextWord(string text, int position, int sentenceEnd, out int stop)
    {
        while (position < sentenceEnd && text[position] == ' ')
        {
            position++;
        }

        stop = position;
        while (stop < sentenceEnd && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return text[position..stop];
    }

    /// <summary>"going to", "set to", "is to", "are to": an arrangement for the future.</summary>
    private static bool IsGoingTo(string text, string word, int stop, int sentenceEnd) =>
        word.ToLowerInvariant() is "going" or "set" or "is" or "are"
        && stop + 3 <= sentenceEnd
        && text.AsSpan(stop, Math.Min(4, sentenceEnd - stop)).TrimStart() is var next
        && next.StartsWith("to", StringComparison.OrdinalIgnoreCase)
        && (next.Length == 2 || !char.IsLetter(next[2]));
}
