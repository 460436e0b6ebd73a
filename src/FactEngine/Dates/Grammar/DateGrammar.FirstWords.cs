using FactEngine.Numbers;
using Sprache;

namespace FactEngine.Dates;

/// <summary>First-word dispatch: each family of forms declares the words it can begin with, and is tried only
/// there. The first token of a position ("#" for a number, the lower-case word otherwise) is read once.</summary>
internal static partial class DateGrammar
{
    private static readonly string[] NoExpectations = [];

    private static readonly HashSet<string> RelationWords = [.. DateWords.Relations.Keys];

    private static readonly HashSet<string> NumberStarts =
        ["#", "'", "a", "an", "several", "few", "many", "some", .. NumberWords.All];

    private static readonly HashSet<string> CalendarStarts =
        ["#", "'", "the", "this", "last", "next", .. DateWords.Months.Keys, .. NumberWords.OrdinalUnits.Keys, .. NumberWords.OrdinalTens.Keys, .. NumberWords.Tens.Keys];

    private static readonly HashSet<string> WeekdayStarts = [.. DateWords.Weekdays.Keys, .. RelationWords];

    /// <summary>Prepositions before "spring" and "fall", which are dates only after one ("in spring", "by the fall").</summary>
    private static readonly string[] SeasonPrepositions = ["in", "by", "until", "till", "since", "during", "through"];

    private static readonly HashSet<string> PeriodStarts =
        ["#", "'", "the", "q", .. NumberWords.OrdinalUnits.Keys, .. DateWords.Seasons.Keys, .. RelationWords, .. SeasonPrepositions];

    private static readonly HashSet<string> NewsStarts =
        ["the", "these", "at", "as", "a", "then", "last", "nineteen", "eighteen", "twenty", "two", "year", .. NumberWords.OrdinalUnits.Keys];

    private static readonly HashSet<string> ScheduleStarts =
        ["the", "on", "upcoming", "closest", "nearest", .. NumberStarts, .. NumberWords.OrdinalUnits.Keys, .. DateWords.Weekdays.Keys,
         .. RelationWords, .. Holidays.FirstWords];

    private static readonly HashSet<string> NumericStarts = ["#"];

    private static readonly HashSet<string> OrdinalStarts =
        ["#", .. NumberWords.OrdinalUnits.Keys, .. NumberWords.OrdinalTens.Keys, .. NumberWords.Tens.Keys];

    private static readonly HashSet<string> MonthStarts = [.. DateWords.Months.Keys];

    private static readonly HashSet<string> DayOfMonthStarts = ["the", .. OrdinalStarts];

    private static readonly HashSet<string> YearStarts = ["#", "'"];

    private static readonly HashSet<string> DayWordStarts = ["yesterday", "today", "tonight", "tomorrow", "tomorrows"];

    private static readonly HashSet<string> TheOrRelationStarts = ["the", .. RelationWords];

    private static readonly HashSet<string> GeneralWordStarts =
        ["now", "currently", "current", "recently", "recent", "lately", "nowadays", "soon", "the"];

    private static readonly HashSet<string> NthDayStarts = ["the", "last", .. OrdinalStarts];

    private static readonly HashSet<string> HolidayStarts =
        ["the", .. RelationWords, .. Holidays.FirstWords, .. Holidays.Names.Select(n => Holidays.Normalize(n.Words[0]))];

    private static readonly HashSet<string> WeekdayCountStarts = [.. NumberStarts, .. DateWords.Weekdays.Keys];

    private static readonly HashSet<string> UpcomingStarts = ["upcoming", .. NumberStarts];

    private static readonly HashSet<string> ShiftedTimeStarts = [.. HolidayStarts, .. DateWords.Months.Keys];

    private static readonly HashSet<string> SeasonStarts = ["the", .. RelationWords, .. DateWords.Seasons.Keys, .. SeasonPrepositions];

    private static readonly HashSet<string> QuarterStarts = ["the", "q", "'", .. OrdinalStarts, .. RelationWords];

    private static readonly HashSet<string> PastOrToStarts = ["#", "a", "quarter", "half"];

    private static readonly HashSet<string> SpelledHourStarts = [.. NumberWords.Units.Where(u => u.Value <= 12).Select(u => u.Key)];

    private static readonly HashSet<string> ClockStarts = ["#", "noon", "midday", "midnight", "a", "quarter", "half", .. SpelledHourStarts];

    private static readonly HashSet<string> DayPartStarts = ["this", .. DayWordStarts, .. WeekdayStarts];

    private static readonly HashSet<string> DurationStarts = ["the", .. NumberStarts];

    private static readonly HashSet<string> PartStarts =
        ["the", "early", "mid", "late", "earlier", "later", "end", "beginning", "start", "middle", "turn", "rest"];

    private static readonly HashSet<string> CompoundStarts =
        ["from", "between", "since", "until", "till", "by", "before", "after", "through", "early", "mid", "late",
         "earlier", "later", "end", "beginning", "start", "middle", "turn", "rest"];

    /// <summary>"#" for a digit, the lower-case word for a letter, the character otherwise.</summary>
    private static Parser<string> FirstToken => field ??= ((Parser<string>)(input =>
    {
        if (input.AtEnd)
        {
            return Result.Failure<string>(input, "end of text", NoExpectations);
        }

        var current = input.Current;
        if (char.IsDigit(current))
        {
            return Result.Success("#", input);
        }

        if (!char.IsLetter(current))
        {
            return Result.Success(current.ToString(), input);
        }

        var word = NumberGrammar.Letters(input);
        return Result.Success(word.Value.ToLowerInvariant(), input);
    })).Memoized();

    /// <summary>The parser, tried only where the first token is one of <paramref name="starts"/>.</summary>
    private static Parser<T> StartingWith<T>(this Parser<T> parser, HashSet<string> starts) => input =>
    {
        var first = FirstToken(input);
        return first.WasSuccessful && starts.Contains(first.Value)
            ? parser(input)
            : Result.Failure<T>(input, "not a date start", NoExpectations);
    };
}
