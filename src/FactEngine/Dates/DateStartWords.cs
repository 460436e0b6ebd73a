using FactEngine.Numbers;

namespace FactEngine.Dates;

/// <summary>The pre-filter in front of the grammar: which words can begin a date. Heads (month and weekday
/// names, "yesterday", digits...) always can; modifiers ("the", "in", "last", "since"...) only when a head or
/// a unit noun follows within three words (modifiers and "of" in between not counted). Keeps the grammar from running at every word.</summary>
internal static class DateStartWords
{
    private const int Lookahead = 4;

    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "yesterday", "today", "tonight", "tomorrow", "now", "currently", "current", "recently", "recent",
        "lately", "nowadays", "spring", "summer", "fall", "autumn", "winter", "q1", "q2", "q3", "q4",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "in", "on", "at", "by", "since", "until", "till", "from", "between", "before", "after", "through",
        "last", "past", "previous", "this", "current", "next", "coming", "following", "upcoming", "that",
        "early", "mid", "late", "earlier", "later", "a", "an", "within", "several", "few", "many", "some",
        "end", "beginning", "start", "middle", "turn", "rest", "these", "latest", "upcoming", "comparable", "corresponding",
    };

    private static readonly HashSet<string> FollowerHeads = BuildFollowerHeads();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifierLookup = Modifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FollowerLookup = FollowerHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the word at <paramref name="position"/> may begin a date.</summary>
    public static bool CanStartDate(string text, int position, int end)
    {
        if (char.IsDigit(text[position]) || text[position] == '\''
            || (text[position] is 'q' or 'Q' && position + 1 < end && char.IsDigit(text[position + 1])))
        {
            return true;
        }

        var word = WordAt(text, position, end);
        if (HeadLookup.Contains(word) || FollowerLookup.Contains(word))
        {
            return true;
        }

        return ModifierLookup.Contains(word) && HeadFollows(text, position + word.Length, end);
    }

    private static bool HeadFollows(string text, int position, int end)
    {
        for (int words = 0, scanned = 0; words < Lookahead && scanned < 2 * Lookahead; scanned++)
        {
            while (position < end && !char.IsLetterOrDigit(text[position]))
            {
                position++;
            }

            if (position >= end)
            {
                return false;
            }

            if (char.IsDigit(text[position]))
            {
                return true;
            }

            var word = WordAt(text, position, end);
            if (HeadLookup.Contains(word) || FollowerLookup.Contains(word))
            {
                return true;
            }

            if (!ModifierLookup.Contains(word) && !word.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                words++;
            }

            position += word.Length;
        }

        return false;
    }

    private static ReadOnlySpan<char> WordAt(string text, int position, int end)
    {
        var stop = position;
        while (stop < end && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return text.AsSpan(position, stop - position);
    }

    /// <summary>Words that are heads wherever they stand: months, weekdays, units, seasons, number words.</summary>
    private static HashSet<string> BuildFollowerHeads()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        words.UnionWith(DateWords.Months.Keys);
        words.UnionWith(DateWords.Weekdays.Keys);
        words.UnionWith(DateWords.Units.Keys);
        words.UnionWith(DateWords.UnitMultiples.Keys);
        words.UnionWith(DateWords.Seasons.Keys);
        words.UnionWith(NumberWords.All);
        words.UnionWith(Holidays.FirstWords);
        words.UnionWith(["future", "past", "qtr", "couple", "period", "term", "present", "thousand"]);
        return words;
    }
}
