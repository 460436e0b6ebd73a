using FactEngine.Numbers;
using Sprache;

namespace FactEngine.Dates;

/// <summary>Periods longer than a month: decades ("the 1990s"), centuries, seasons ("summer 2022"), quarters, halves.</summary>
internal static partial class DateGrammar
{
    /// <summary>"the 1990s", "the '90s", "1990s".</summary>
    private static Parser<DateExpression> Decade => field ??=
        (from the in The
         from year in Number(4, 4, 1000, 2190).Where(y => y % 10 == 0)
         from s in QuietParsers.Char('\'').Optional().Then(_ => QuietParsers.IgnoreCase('s'))
         from end in NoLetterOrDigit
         select (DateExpression)new DecadeDate(year))
        .Or(from the in The
            from apostrophe in QuietParsers.Char('\'')
            from year in Number(2, 2, 0, 90).Where(y => y % 10 == 0)
            from s in QuietParsers.IgnoreCase('s')
            from end in NoLetterOrDigit
            select (DateExpression)new DecadeDate(TwoDigitYear(year)))
        .Or(from the in Word("the").FollowedBy(Space)
            from word in Lookup(DecadeWords)
            select (DateExpression)new DecadeDate(word));

    /// <summary>"the nineties": decades of the twentieth century named in words.</summary>
    private static readonly Dictionary<string, int> DecadeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenties"] = 1920,
        ["thirties"] = 1930,
        ["forties"] = 1940,
        ["fifties"] = 1950,
        ["sixties"] = 1960,
        ["seventies"] = 1970,
        ["eighties"] = 1980,
        ["nineties"] = 1990,
    };

    /// <summary>"the 20th century", "the nineteenth century".</summary>
    private static Parser<DateExpression> Century => field ??=
        from the in The
        from ordinal in NumberGrammar.OrdinalDigits.Or(NumberGrammar.OrdinalWord)
        from gap in QuietParsers.Char('-').Or(QuietParsers.Char(' ')).AtLeastOnce()
        from century in Word("century")
        select (DateExpression)new CenturyDate(ordinal);

    private static Parser<Season> SeasonName => field ??= Lookup(DateWords.Seasons);

    /// <summary>"summer 2022", "the summer of 2022", "this summer", "last winter"; a bare "summer"/"winter"/"autumn";
    /// "spring" and "fall" (also a verb and a noun) only after a preposition: "in spring", "by the fall".</summary>
    private static Parser<DateExpression> SeasonForms => field ??=
        (from the in The
         from relation in RelationWord.FollowedBy(Space)
         from season in SeasonName
         select (DateExpression)new SeasonDate(season, null, relation))
        .Or(from the in The
            from season in SeasonName
            from gap in Space
            from of in Optional("of")
            from year in Year.Or(SpelledYear)
            select (DateExpression)new SeasonDate(season, year, Relation.None))
        .Or(from word in NumberGrammar.Letters
            where word is "summer" or "winter" or "autumn" or "Summer" or "Winter" or "Autumn"
            select (DateExpression)new SeasonDate(DateWords.Seasons[word], null, Relation.None))
        .Or(from preposition in Word("in", "by", "until", "till", "since", "during", "through").FollowedBy(Space)
            from the in The
            from word in Word("spring", "fall")
            from end in NoLetterOrDigit
            select (DateExpression)new SeasonDate(DateWords.Seasons[word.ToLowerInvariant()], null, Relation.None));

    private static Parser<int> QuarterOrdinal => field ??=
        NumberGrammar.OrdinalDigits.Or(NumberGrammar.OrdinalWord).Where(q => q is >= 1 and <= 4);

    private static Parser<string> QuarterWord => field ??= Word("quarter", "qtr");

    /// <summary>A year after a quarter or season: "of 2022", "2022", "of last year", "of this year".</summary>
    private static Parser<DateExpression> YearQualifier => field ??=
        (from gap in CommaGap
         from of in Optional("of")
         from year in Year
         select (DateExpression)new CalendarDate(year, null, null))
        .Or(from gap in Space
            from of in Optional("of")
            from period in RelativeUnit.Where(p => p is RelativePeriod { Unit: TimeUnit.Year })
            select period);

    /// <summary>"the third quarter", "the fiscal first quarter", "fourth-quarter", "Q1 2022", "2018Q4", "18q4",
    /// "3rd qtr of last year", "next year's first quarter", "the last quarter of 2023" (with its year; alone, "the last
    /// quarter" is the latest reported one).</summary>
    private static Parser<DateExpression> QuarterForms => field ??=
        (from the in The
         from last in Word("last").FollowedBy(Space)
         from quarter in QuarterWord
         from year in YearQualifier
         select QuarterOf(4, year))
        .Or(from the in The
            from fiscal in Optional("fiscal")
            from number in QuarterOrdinal
            from gap in QuietParsers.Char('-').Or(QuietParsers.Char(' ')).AtLeastOnce()
            from quarter in QuarterWord
            from year in YearQualifier.Optional()
            select QuarterOf(number, year.GetOrDefault()))
        .Or(from q in QuietParsers.IgnoreCase('q')
            from number in Number(1, 1, 1, 4)
            from end in NoLetterOrDigit
            from year in YearQualifier.Optional()
            select QuarterOf(number, year.GetOrDefault()))
        .Or(from the in The
            from year in Year.FollowedBy(Space)
            from number in QuarterOrdinal.FollowedBy(QuietParsers.Char('-').Or(QuietParsers.Char(' ')).AtLeastOnce().Text()).Optional()
            from quarter in QuarterWord.Or(Word("period"))
            select (DateExpression)new QuarterDate(number.GetOrDefault() is var n && n != 0 ? n : null, year, Relation.None))
        .Or(from year in RelativeUnit.Where(p => p is RelativePeriod { Unit: TimeUnit.Year })
            from apostrophe in QuietParsers.Chars('\'', '\u2019')
            from s in QuietParsers.IgnoreCase('s').FollowedBy(Space)
            from number in QuarterOrdinal
            from gap in QuietParsers.Char('-').Or(QuietParsers.Char(' ')).AtLeastOnce()
            from quarter in QuarterWord
            select QuarterOf(number, year))
        .Or(from year in Number(4, 4, 1000, 2199)
            from gap in Gap
            from q in QuietParsers.IgnoreCase('q')
            from number in Number(1, 1, 1, 4)
            from end in NoLetterOrDigit
            select (DateExpression)new QuarterDate(number, year, Relation.None))
        .Or(from year in Number(2, 2, 0, 99)
            from q in QuietParsers.IgnoreCase('q')
            from number in Number(1, 1, 1, 4)
            from end in NoLetterOrDigit
            select (DateExpression)new QuarterDate(number, TwoDigitYear(year), Relation.None));

    /// <summary>"the first half of 1990", "the second half of next year", "the last half of 1989", "the first two
    /// quarters of 1990", "the last two quarters of this year": a half of a year, only with its year ("the second
    /// half" alone is as often a match's).</summary>
    private static Parser<DateExpression> HalfForms => field ??=
        from the in The
        from which in Word("first", "second", "last").FollowedBy(Space)
        from part in Word("half").Return(false)
            .Or(from two in Word("two").FollowedBy(Space) from quarters in Word("quarters") select true)
        where !part || !which.Equals("second", StringComparison.OrdinalIgnoreCase)
        from year in YearQualifier
        let half = which.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 2
        select (DateExpression)(year is CalendarDate { Year: int y }
            ? new HalfYear(half, y)
            : new HalfYear(half, null, ((RelativePeriod)year).Offset));

    private static DateExpression QuarterOf(int number, DateExpression? year) => year switch
    {
        CalendarDate { Year: int y } => new QuarterDate(number, y, Relation.None),
        RelativePeriod period => new QuarterDate(number, null, period.Offset < 0 ? Relation.Last : period.Offset > 0 ? Relation.Next : Relation.This),
        _ => new QuarterDate(number, null, Relation.None),
    };

    private static Parser<DateExpression> PeriodForms => field ??=
        Longest(
            Decade.StartingWith(["the", "#", "'"]),
            Century.StartingWith(DayOfMonthStarts),
            SeasonForms.StartingWith(SeasonStarts),
            QuarterForms.StartingWith(QuarterStarts),
            HalfForms.StartingWith(QuarterStarts));
}
