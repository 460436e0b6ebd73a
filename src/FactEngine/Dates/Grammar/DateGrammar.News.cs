using FactEngine.Numbers;
using Sprache;

namespace FactEngine.Dates;

/// <summary>Forms typical of news and financial reports: "the quarter", "the year-ago period", "the year",
/// "the weekend", "the near future", "soon".</summary>
internal static partial class DateGrammar
{
    private static Parser<string> YearAgo => field ??=
        from year in Word("year")
        from joiner in QuietParsers.Char('-').Or(QuietParsers.Char(' '))
        from ago in Word("ago", "earlier")
        select "year-ago";

    /// <summary>"last year", "a year ago", "a year earlier" after a reported period ("the corresponding period last year").</summary>
    private static Parser<string> YearBefore => field ??=
        from gap in Space
        from words in (from last in Word("last").FollowedBy(Space) from year in Word("year") select "last year")
            .Or(from a in Word("a").FollowedBy(Space) from year in Word("year").FollowedBy(Space) from ago in Word("ago", "earlier") select "a year ago")
        select words;

    /// <summary>"the quarter", "the latest quarter", "the year-ago period", "the year-earlier quarter", "the
    /// corresponding period last year"; not "quarter-to-quarter". "the quarter ended July 31" is named by its end.</summary>
    private static Parser<DateExpression> ReportedQuarterForm => field ??=
        from the in Word("the").FollowedBy(Space)
        from latest in Word("latest", "recent", "comparable", "corresponding").FollowedBy(Space).Optional()
        from ago in YearAgo.FollowedBy(Space).Optional()
        from fiscal in Word("fiscal").FollowedBy(Space).Optional()
        from quarter in Word("quarter", "period")
        from notCompound in QuietParsers.Char('-').Not()
        from before in YearBefore.Optional()
        where quarter.Equals("quarter", StringComparison.OrdinalIgnoreCase) || latest.IsDefined || ago.IsDefined
        from ended in QuarterEndAhead
        let offset = ago.IsDefined || before.IsDefined ? -1 : 0
        select ended.IsDefined && offset == 0 && quarter.Equals("quarter", StringComparison.OrdinalIgnoreCase)
            ? new QuarterEndedOn(ended.Get())
            : (DateExpression)new ReportedQuarter(offset);

    /// <summary>" ended July 31", " ending Sept. 30": the day a reported quarter ends, read ahead but left to be found
    /// as a date of its own.</summary>
    private static Parser<IOption<DateExpression>> QuarterEndAhead => field ??= QuarterEnd.Peek().Optional();

    private static Parser<DateExpression> QuarterEnd => field ??=
        from gap in Space
        from verb in Word("ended", "ending").FollowedBy(Space)
        from day in MonthDayYear
        select (DateExpression)day;

    /// <summary>"last year's quarter", "last year's period": the year-ago quarter.</summary>
    private static Parser<DateExpression> LastYearsQuarter => field ??=
        from last in Word("last").FollowedBy(Space)
        from year in Word("year")
        from apostrophe in QuietParsers.Chars('\'', '\u2019')
        from s in QuietParsers.IgnoreCase('s').FollowedBy(Space)
        from quarter in Word("quarter", "period")
        select (DateExpression)new ReportedQuarter(-1);

    /// <summary>"the year", "the full year", "the current fiscal year": the reference year.</summary>
    private static Parser<DateExpression> TheCurrentYear => field ??=
        from the in Word("the").FollowedBy(Space)
        from full in Word("full", "current", "fiscal").FollowedBy(Space).Many()
        from year in Word("year")
        from notHyphen in QuietParsers.Char('-').Not()
        from notAnaphoric in Space.Then(_ => Word("before", "earlier", "ago", "after")).Not()
        select (DateExpression)new RelativePeriod(TimeUnit.Year, 0);

    /// <summary>"the weekend", "over the weekend".</summary>
    private static Parser<DateExpression> TheWeekend => field ??=
        from the in Word("the").FollowedBy(Space)
        from weekend in Word("weekend")
        select (DateExpression)new BareWeekend();

    /// <summary>"the near future", "the short term", "these days", "at present", "a later date"; "at the time", "the
    /// then-current price" (PAST_REF).</summary>
    private static Parser<DateExpression> VagueReference => field ??=
        (from the in Word("the").FollowedBy(Space)
         from near in Word("near", "short").FollowedBy(Space)
         from term in Word("future", "term")
         select (DateExpression)new GeneralReference("FUTURE_REF"))
            .Or(from these in Word("these").FollowedBy(Space)
                from days in Word("days")
                select (DateExpression)new GeneralReference("PRESENT_REF"))
            .Or(from at in Word("at").FollowedBy(Space)
                from present in Word("present")
                select (DateExpression)new GeneralReference("PRESENT_REF"))
            .Or(from a in Word("a").FollowedBy(Space)
                from later in Word("later", "future").FollowedBy(Space)
                from date in Word("date")
                select (DateExpression)new GeneralReference("FUTURE_REF"))
            .Or(from at in Word("at").FollowedBy(Space)
                from the in Word("the").FollowedBy(Space)
                from time in Word("time")
                from notClause in Space.Then(_ => Word("of", "when", "that")).Not()
                select (DateExpression)new GeneralReference("PAST_REF"))
            .Or(from then in Word("then")
                from joiner in QuietParsers.Chars('-', ' ').Once()
                from current in Word("current")
                select (DateExpression)new GeneralReference("PAST_REF"));

    /// <summary>A year in words: "nineteen ninety-six", "two thousand", "two thousand and one", "twenty twenty-two".</summary>
    private static Parser<int> SpelledYear => field ??=
        (from century in Word("nineteen", "eighteen", "twenty").FollowedBy(Space)
         from rest in NumberGrammar.CardinalWord.Where(n => n >= 10).Or(Word("hundred").Return(0))
         select (century.ToLowerInvariant() switch { "nineteen" => 1900, "eighteen" => 1800, _ => 2000 }) + rest)
        .Or(from two in Word("two").FollowedBy(Space)
            from thousand in Word("thousand")
            from rest in (from gap in Space
                          from and in Optional("and")
                          from n in NumberGrammar.CardinalWord
                          select n).Optional()
            select 2000 + rest.GetOrElse(0));

    private static Parser<DateExpression> SpelledYearDate => field ??=
        from the in Optional("the")
        from year in Optional("year")
        from value in SpelledYear
        select (DateExpression)new CalendarDate(value, null, null);

    /// <summary>"year-ago", "year-earlier" as adjectives ("year-earlier profit"): a year before the reference.</summary>
    private static Parser<DateExpression> YearAgoAdjective => field ??=
        from ago in YearAgo
        from notQuarter in Space.Then(_ => Word("quarter", "period")).Not()
        select (DateExpression)new ShiftedDate(TimeUnit.Year, -1);

    /// <summary>"the year-ago third quarter", "the year-earlier second quarter".</summary>
    private static Parser<DateExpression> YearAgoQuarter => field ??=
        from the in The
        from ago in YearAgo.FollowedBy(Space)
        from number in QuarterOrdinal
        from gap in QuietParsers.Char('-').Or(QuietParsers.Char(' ')).AtLeastOnce()
        from quarter in QuarterWord
        select (DateExpression)new QuarterDate(number, null, Relation.Last);

    /// <summary>"year-end", "year end", "the year-end" (the closing day); "year's end" (the end of the year).</summary>
    private static Parser<DateExpression> YearEndForm => field ??=
        from the in The
        from year in Word("year")
        from joiner in QuietParsers.Chars('-', ' ').Once().Text()
            .Or(from apostrophe in QuietParsers.Chars('\'', '\u2019') from s in QuietParsers.IgnoreCase('s') from gap in Space select "'s")
        from end in Word("end")
        select (DateExpression)new YearEnd(Possessive: joiner == "'s");

    /// <summary>"as soon as possible".</summary>
    private static Parser<DateExpression> AsSoonAsPossible => field ??=
        from first in Word("as").FollowedBy(Space)
        from soon in Word("soon").FollowedBy(Space)
        from second in Word("as").FollowedBy(Space)
        from possible in Word("possible")
        select (DateExpression)new GeneralReference("FUTURE_REF");

    private static Parser<DateExpression> NewsForms => field ??=
        Longest(ReportedQuarterForm, LastYearsQuarter, TheCurrentYear, TheWeekend, VagueReference, SpelledYearDate, YearAgoAdjective, YearAgoQuarter, YearEndForm,
            AsSoonAsPossible);
}
