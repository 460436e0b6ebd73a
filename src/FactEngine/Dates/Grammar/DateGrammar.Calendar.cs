using FactEngine.Numbers;
using Sprache;

namespace FactEngine.Dates;

/// <summary>Dates written with month names: "January 26", "26 Jan 2022", "the 26th of January", "March 2022".</summary>
internal static partial class DateGrammar
{
    /// <summary>A month name or abbreviation, with an optional period ("Jan.", "Sept.").</summary>
    private static Parser<int> MonthName => field ??=
        (from month in Lookup(DateWords.Months)
         from dot in QuietParsers.Char('.').Optional()
         select month)
        .Memoized();

    /// <summary>A full month name that can stand alone; "May" and "March" only when capitalised.</summary>
    private static Parser<int> StandaloneMonth => field ??=
        from word in NumberGrammar.Letters
        where DateWords.StandaloneMonths.Contains(word)
            && !(word is "may" or "march" or "MAY" or "MARCH")
        select DateWords.Months[word];

    /// <summary>A day of the month: "26", "26th", "twenty-sixth".</summary>
    private static Parser<int> DayOfMonth => field ??=
        NumberGrammar.OrdinalDigits.Where(d => d is >= 1 and <= 31)
            .Or(from day in Number(1, 2, 1, 31) from end in NoLetterOrDigit select day)
            .Or(NumberGrammar.OrdinalWord.Where(d => d <= 31))
        .Memoized();

    /// <summary>A four-digit year, or a year written "'96".</summary>
    private static Parser<int> Year => field ??=
        (from year in Number(4, 4, 1000, 2199) from end in NoLetterOrDigit select year)
        .Or(from apostrophe in QuietParsers.Char('\'') from year in Number(2, 2, 0, 99) select TwoDigitYear(year))
        .Memoized();

    /// <summary>An era: "BC", "BCE", "AD", "CE", also with periods ("B.C.", "a.d."); read without them, lower case.</summary>
    private static Parser<string> Era => field ??=
        ScanningParsers.Run(c => char.IsLetter(c) || c == '.', 2, "an era")
            .Select(w => w.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant())
            .Keep(w => w is "bc" or "bce" or "ad" or "ce", "an era");

    /// <summary>A year with its era: "345 BC", "234 BCE", "8 AD", "88 CE", "2014 B.C." (BC years negative).</summary>
    private static Parser<int> EraYear => field ??=
        from year in Number(1, 4, 1, 9999)
        from gap in Space
        from era in Era
        from end in NoLetterOrDigit
        select era.StartsWith('b') ? -year : year;

    /// <summary>A year standing alone with its era: "in 2014 BC", "in 14 a.d.".</summary>
    private static Parser<CalendarDate> BareEraYear => field ??=
        from year in EraYear
        select new CalendarDate(year, null, null);

    /// <summary>A year after a day and month, where two digits are also accepted ("Aug 9 96").</summary>
    private static Parser<int> YearAfterDay => field ??=
        EraYear.Or(Year).Or(from year in Number(2, 2, 0, 99) from end in QuietParsers.Chars(':', '.', '/').Not() select TwoDigitYear(year));

    private static Parser<int> CommaYear => field ??=
        from gap in CommaGap
        from year in YearAfterDay
        select year;

    /// <summary>"January 26", "Jan. 26th, 2022", "December 17 2021", "May twenty-fourth", "August/10/2012".</summary>
    private static Parser<CalendarDate> MonthDayYear => field ??=
        from month in MonthName
        from gap in Gap.Or(QuietParsers.Chars('/', '-').Once().Text())
        from day in DayOfMonth
        from year in CommaYear.Or(QuietParsers.Chars('/', '-').Then(_ => Year)).Optional()
        let date = new CalendarDate(year.GetOrDefault() is var y && y != 0 ? y : null, month, day)
        where IsValid(date)
        select date;

    /// <summary>"26 January", "26 Jan 2022", "the 26th of January, 2022", "15Sep", "14april 2015".</summary>
    private static Parser<CalendarDate> DayMonthYear => field ??=
        from the in The
        from day in DayOfMonth.Or(Number(1, 2, 1, 31))
        from gap in Gap
        from of in Optional("of")
        from month in MonthName
        from year in CommaYear.Optional()
        let date = new CalendarDate(year.GetOrDefault() is var y && y != 0 ? y : null, month, day)
        where IsValid(date)
        select date;

    /// <summary>"March 2022", "June of 2022", "Sept. 2012", "Aug 96" (two digits that cannot be a day).</summary>
    private static Parser<CalendarDate> MonthYear => field ??=
        from month in MonthName
        from gap in CommaGap
        from of in Optional("of")
        from year in EraYear.Or(Year).Or(SpelledYear)
            .Or(from y in Number(2, 2, 32, 99) from end in NoLetterOrDigit select TwoDigitYear(y))
        select new CalendarDate(year, month, null);

    /// <summary>"2023 Sept", "2024-August", "2024/August".</summary>
    private static Parser<CalendarDate> YearMonth => field ??=
        from year in Year
        from gap in Space.Or(QuietParsers.Chars('-', '/').Once().Text())
        from month in MonthName
        select new CalendarDate(year, month, null);

    /// <summary>A bare month: "in May", "February", "in December for health reasons"; not "May" the modal verb
    /// ("May the force...", "May not"), nor "March" the noun ("March for Life", "March of the Mothers").</summary>
    private static Parser<CalendarDate> BareMonth => field ??=
        from month in StandaloneMonth
        from notModal in (from gap in Space
                          from word in Word("the", "not", "i", "we", "you", "he", "she", "it", "they", "be", "have", "also")
                          select word).Not()
        from notNoun in (from gap in Space
                         from word in Word("for", "of")
                         from gap2 in Space
                         from name in Word("the").Or(QuietParsers.Character(char.IsUpper, "a capital").Once().Text())
                         select word).Not()
        select new CalendarDate(null, month, null);

    /// <summary>A bare year: "in 2014", "1991"; not a number such as "1,991" or "2082.1".</summary>
    private static Parser<CalendarDate> BareYear => field ??=
        from year in Number(4, 4, 1800, 2099)
        from end in NoLetterOrDigit.Then(_ => QuietParsers.Chars('-', '/').Then(_ => QuietParsers.Digit).Not())
        from notNumber in QuietParsers.Chars(',', '.').Then(_ => QuietParsers.Digit).Not()
        select new CalendarDate(year, null, null);

    /// <summary>"the 19th", a day of the current month.</summary>
    private static Parser<CalendarDate> TheDay => field ??=
        from the in Word("the").FollowedBy(Space)
        from day in NumberGrammar.OrdinalDigits.Or(NumberGrammar.OrdinalWord).Where(d => d is >= 1 and <= 31)
        select new CalendarDate(null, null, day);

    /// <summary>False for "June 31" and "February 29, 2014"; a yearless "February 29" is allowed.</summary>
    private static bool IsValid(CalendarDate date) =>
        date is not { Month: int month, Day: int day }
        || day <= (date.Year is int year and >= 1 and <= 9999 ? DateTime.DaysInMonth(year, month) : DateTime.DaysInMonth(2000, month));

    private static int TwoDigitYear(int year) => year < 50 ? 2000 + year : 1900 + year;

    /// <summary>"February this year", "April next year", "October 5 last year".</summary>
    private static Parser<DateExpression> MonthOfRelativeYear => field ??=
        from date in MonthDayYear.Where(d => d.Year is null).Or(from m in MonthName select new CalendarDate(null, m, null))
        from gap in Space
        from year in RelativeUnit.Where(p => p is RelativePeriod { Unit: TimeUnit.Year })
        select (DateExpression)new MonthOfRelativeYear(date.Month ?? 1, date.Day, ((RelativePeriod)year).Offset);

    /// <summary>"this September", "last May", "next March": a month named with a relation.</summary>
    private static Parser<DateExpression> MonthWithRelation => field ??=
        from relation in Word("this", "last", "next").FollowedBy(Space)
        from month in StandaloneMonth
        select (DateExpression)new RelativeMonth(month, relation.ToLowerInvariant() switch
        {
            "last" => Relation.Last,
            "next" => Relation.Next,
            _ => Relation.This,
        });

    /// <summary>"October of that year", "March of the following year": a month of the year of the previous date.</summary>
    private static Parser<DateExpression> MonthOfAnaphoricYear => field ??=
        from month in MonthName
        from gap in Space
        from of in Word("of").FollowedBy(Space)
        from year in AnaphoricPeriodForm
        where year is AnaphoricPeriod { Unit: TimeUnit.Year }
        select (DateExpression)((AnaphoricPeriod)year with { Month = month });

    private static Parser<DateExpression> CalendarForms => field ??=
        Longest(
            MonthDayYear.Select(d => (DateExpression)d).StartingWith(MonthStarts),
            DayMonthYear.Select(d => (DateExpression)d).StartingWith(DayOfMonthStarts),
            MonthYear.Select(d => (DateExpression)d).StartingWith(MonthStarts),
            YearMonth.Select(d => (DateExpression)d).StartingWith(YearStarts),
            BareMonth.Select(d => (DateExpression)d).StartingWith(MonthStarts),
            BareYear.Select(d => (DateExpression)d).StartingWith(NumericStarts),
            BareEraYear.Select(d => (DateExpression)d).StartingWith(NumericStarts),
            MonthOfRelativeYear.StartingWith(MonthStarts),
            MonthOfAnaphoricYear.StartingWith(MonthStarts),
            MonthWithRelation.StartingWith(["this", "last", "next"]),
            DateWithWeekday.StartingWith(MonthStarts));
}
