using FactEngine.Numbers;
using Sprache;

namespace FactEngine.Dates;

/// <summary>Weekdays: "Friday", "last Tuesday", "Friday of next week", "Tuesday, 10 January", "Tuesday the 19th",
/// "Thu 15th", "Jul 18, Fri".</summary>
internal static partial class DateGrammar
{
    /// <summary>A weekday name or abbreviation, with an optional period.</summary>
    private static Parser<DayOfWeek> WeekdayName => field ??=
        (from day in Lookup(DateWords.Weekdays)
         from dot in QuietParsers.Char('.').Optional()
         select day)
        .Memoized();

    /// <summary>A weekday that may stand alone: not "sat", "sun", "wed", "mon", which are usually other words, unless
    /// they are the whole text ("sat", "mon.").</summary>
    private static Parser<DayOfWeek> StandaloneWeekday => field ??=
        (from word in NumberGrammar.Letters
         where DateWords.Weekdays.ContainsKey(word) && !DateWords.AmbiguousWeekdays.Contains(word)
         from dot in QuietParsers.Char('.').Optional()
         select DateWords.Weekdays[word])
        .Or(from start in AtStart
            from word in NumberGrammar.Letters
            where DateWords.AmbiguousWeekdays.Contains(word)
            from end in EndOfText
            select DateWords.Weekdays[word]);

    /// <summary>Succeeds at the first character of the text (of the sentence slice).</summary>
    private static Parser<string> AtStart => field ??= input => input.Position == (input is TextSliceInput slice ? slice.Start : 0)
        ? Result.Success(string.Empty, input)
        : Result.Failure<string>(input, "not the start", NoExpectations);

    private static Parser<Relation> RelationWord => field ??= Lookup(DateWords.Relations);

    /// <summary>"Friday", "last Tuesday", "this coming Monday".</summary>
    private static Parser<DateExpression> RelativeWeekday => field ??=
        from relation in (from r in RelationWord from gap in Space select r).Optional()
        from day in relation.IsDefined ? WeekdayName : StandaloneWeekday
        select (DateExpression)new WeekdayDate(day, relation.GetOrElse(Relation.None));

    /// <summary>"Friday of next week", "on Tuesday of last week", "sunday from last week", "last week's sunday".</summary>
    private static Parser<DateExpression> WeekdayOfWeek => field ??=
        (from day in WeekdayName
         from gap in Space
         from of in Optional("of", "from")
         from relation in RelationWord
         from gap2 in Space
         from week in Word("week")
         select (DateExpression)new WeekdayInWeek(day, Offset(relation)))
        .Or(from relation in RelationWord.FollowedBy(Space)
            from week in Word("week")
            from possessive in QuietParsers.Char('\'').Then(_ => QuietParsers.IgnoreCase('s')).Then(_ => Space)
            from day in WeekdayName
            select (DateExpression)new WeekdayInWeek(day, Offset(relation)));

    /// <summary>A weekday followed by the date it names: "Tuesday, 10 January", "Sun, Mar. 6, 2016", "Tuesday the 19th".</summary>
    private static Parser<DateExpression> WeekdayWithDate => field ??=
        from day in WeekdayName
        from date in (from gap in CommaGap from date in CalendarForms.Or(NumericForms) select date)
            .Or(from gap in Space from date in TheDay select date)
            .Or(from gap in Space
                from dayOfMonth in NumberGrammar.OrdinalDigits.Where(d => d is >= 1 and <= 31)
                select new CalendarDate(null, null, dayOfMonth))
        select (DateExpression)new DatedWeekday(day, date);

    /// <summary>A month-day followed by its weekday: "Jul 18, Fri".</summary>
    private static Parser<DateExpression> DateWithWeekday => field ??=
        from date in MonthDayYear.Where(d => d.Year is null)
        from gap in CommaGap
        from day in WeekdayName
        from end in NoLetterOrDigit
        select (DateExpression)new DatedWeekday(day, date);

    private static int Offset(Relation relation) => relation switch
    {
        Relation.Last => -1,
        Relation.Next => 1,
        _ => 0,
    };

    private static Parser<DateExpression> WeekdayForms => field ??=
        Longest(WeekdayWithDate, WeekdayOfWeek, RelativeWeekday)
        .Memoized();
}
