using FactEngine.Numbers;
using Sprache;

namespace FactEngine.Dates;

/// <summary>Holidays: "Christmas", "Thanksgiving 2013", "last Easter", "next Martin Luther King's day",
/// "MLK day of last year". The names live in <see cref="Holidays"/>.</summary>
internal static partial class DateGrammar
{
    /// <summary>A word of a holiday name, normalised ("King's" reads "king", "Jr." reads "jr").</summary>
    private static Parser<string> HolidayWord => field ??=
        (from word in NumberGrammar.Letters
         from possessive in QuietParsers.Char('\'').Then(_ => NumberGrammar.Letters.Optional()).Optional()
         from dot in QuietParsers.Char('.').Optional()
         select Holidays.Normalize(word + (possessive.IsDefined ? "'" + possessive.Get().GetOrElse(string.Empty) : string.Empty)))
        .Memoized();

    private static Parser<Holiday> HolidayName(string[] words, Holiday holiday)
    {
        var parser = HolidayWord.Where(w => w == Holidays.Normalize(words[0]));
        foreach (var word in words.Skip(1))
        {
            var expected = Holidays.Normalize(word);
            var previous = parser;
            parser = from first in previous
                     from gap in QuietParsers.Char(' ').Or(QuietParsers.Char('-')).AtLeastOnce()
                     from next in HolidayWord.Where(w => w == expected)
                     select next;
        }

        return parser.Return(holiday);
    }

    /// <summary>The holiday names grouped by their first word, so a word is compared with the few names it can begin.</summary>
    private static Dictionary<string, Parser<Holiday>> HolidaysByFirstWord => field ??=
        Holidays.Names.GroupBy(n => Holidays.Normalize(n.Words[0]))
            .ToDictionary(g => g.Key, g => Longest(g.Select(n => HolidayName(n.Words, n.Holiday)).ToArray()));

    private static Parser<Holiday> AnyHoliday => field ??= ((Parser<Holiday>)(input =>
    {
        var first = HolidayWord(input);
        return first.WasSuccessful && HolidaysByFirstWord.TryGetValue(first.Value, out var names)
            ? names(input)
            : Result.Failure<Holiday>(input, "not a holiday", NoExpectations);
    })).Memoized();

    /// <summary>"Christmas", "this Thanksgiving", "Easter 2010", "MLK day of last year", "Deepavali in 2019".</summary>
    private static Parser<DateExpression> HolidayForm => field ??=
        from the in The
        from relation in RelationWord.FollowedBy(Space).Optional()
        from holiday in AnyHoliday
        from year in (from gap in Space from inWord in Optional("in") from y in Year.Or(SpelledYear) select y).Optional()
        from yearOffset in (from gap in Space
                            from of in Word("of").FollowedBy(Space)
                            from period in RelativeUnit.Where(p => p is RelativePeriod { Unit: TimeUnit.Year })
                            select ((RelativePeriod)period).Offset).Optional()
        select HolidayOf(holiday, year, yearOffset, relation.GetOrElse(Relation.None));

    private static DateExpression HolidayOf(Holiday holiday, IOption<int> year, IOption<int> yearOffset, Relation relation) =>
        yearOffset.IsDefined
            ? new HolidayDate(holiday, null, Relation.None, yearOffset.Get())
            : new HolidayDate(holiday, year.IsDefined ? year.Get() : null, relation);
}
