using FactEngine.Numbers;
using Sprache;

namespace FactEngine.Dates;

/// <summary>Dates counted from the reference: "yesterday", "last week", "two days ago", "in 3 weeks",
/// "the day before", "now". To add "a fortnight ago", add "fortnight" to <see cref="DateWords.Units"/>.</summary>
internal static partial class DateGrammar
{
    /// <summary>yesterday, today, tonight, tomorrow ("tomorrows" too).</summary>
    private static Parser<DateExpression> DayWord => field ??=
        NumberGrammar.Letters.Select(w => w.ToLowerInvariant()).Where(w => w is "yesterday" or "today" or "tonight" or "tomorrow" or "tomorrows")
            .Select(w => (DateExpression)new RelativeDay(w == "yesterday" ? -1 : w.StartsWith("tomorrow", StringComparison.Ordinal) ? 1 : 0));

    /// <summary>"the day before yesterday", "the day after tomorrow"; "the day before last Tuesday", "the day after
    /// Christmas": a day from a named date.</summary>
    private static Parser<DateExpression> DayBeforeOrAfter => field ??=
        (from the in The
         from day in Word("day").FollowedBy(Space)
         from direction in Word("before", "after").FollowedBy(Space)
         from word in Word("yesterday", "tomorrow")
         select (DateExpression)new RelativeDay(word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -2 : 2))
        .Or(from the in The
            from day in Word("day").FollowedBy(Space)
            from direction in Word("before", "after").FollowedBy(Space)
            from anchor in WeekdayForms.Or(CalendarForms.Where(d => d is CalendarDate { Month: not null, Day: not null })).Or(HolidayForm)
            select (DateExpression)new ShiftedDate(TimeUnit.Day, IsBackward(direction) ? -1 : 1, anchor));

    /// <summary>A unit noun: "week", "months", "yr".</summary>
    private static Parser<TimeUnit> Unit => field ??= Lookup(DateWords.Units);

    /// <summary>"last week", "this month", "next year", "the coming weekend", "earlier this month" (via part-of);
    /// "the coming months" (FUTURE_REF), "past years" (PAST_REF).</summary>
    private static Parser<DateExpression> RelativeUnit => field ??=
        (from the in The
         from relation in RelationWord.FollowedBy(Space)
         from word in NumberGrammar.Letters
         where DateWords.Units.TryGetValue(word, out var unit) && unit != TimeUnit.Hour
         select IsPlural(word)
             ? new GeneralReference(relation switch { Relation.Next => "FUTURE_REF", Relation.Last => "PAST_REF", _ => "PRESENT_REF" })
             : (DateExpression)new RelativePeriod(DateWords.Units[word], Offset(relation)))
        .Memoized();

    /// <summary>Unit nouns in the plural ("the coming days", "past years") make a vague reference, not a period.</summary>
    private static bool IsPlural(string unitWord) => unitWord.EndsWith('s') || unitWord.EndsWith('S');

    /// <summary>An amount of units: "two", "3", "a", "a couple of".</summary>
    private static Parser<int> Amount => field ??=
        NumberGrammar.Cardinal.Where(n => n < 1000)
            .Or(from a in Word("a").FollowedBy(Space)
                from couple in Word("couple").FollowedBy(Space)
                from of in Word("of")
                select 2)
            .Or(NumberGrammar.Article)
        .Memoized();

    private static Parser<(int Amount, TimeUnit Unit)> AmountOfUnits => field ??=
        (from amount in Amount
         from gap in QuietParsers.Char('-').Or(QuietParsers.Char(' ')).AtLeastOnce()
         from unit in Unit.Select(u => (Unit: u, Count: 1)).Or(Lookup(DateWords.UnitMultiples))
         select (amount * unit.Count, unit.Unit))
        .Memoized();

    /// <summary>" or so" after an amount of units: an approximation that does not change the point ("a week or so ago").</summary>
    private static Parser<IOption<string>> OrSo => field ??=
        (from gap in Space
         from or in Word("or").FollowedBy(Space)
         from so in Word("so")
         select so).Optional();

    /// <summary>"two days ago", "a year earlier", "5 years from now", "a week or so ago". Not "ten days before" or "three
    /// weeks later", which count from an event, not from the reference.</summary>
    private static Parser<DateExpression> UnitsAgo => field ??=
        from amount in AmountOfUnits
        from approximately in OrSo
        from gap in Space
        from direction in Word("ago", "earlier", "hence")
            .Or(from f in Word("from").FollowedBy(Space) from now in Word("now", "today") select now.ToLowerInvariant())
        select (DateExpression)new ShiftedDate(
            amount.Unit, IsBackward(direction) ? -amount.Amount : amount.Amount, direction == "today" ? new RelativeDay(0) : null);

    /// <summary>"in three days", "within a week"; "in a year or two", "in a week or so" (a vague future, FUTURE_REF).</summary>
    private static Parser<DateExpression> InUnits => field ??=
        from preposition in Word("in", "within").FollowedBy(Space)
        from amount in AmountOfUnits
        from vague in (from gap in Space
                       from or in Word("or").FollowedBy(Space)
                       from more in Word("so").Or(NumberGrammar.Cardinal.Select(n => "n"))
                       select more).Optional()
        select vague.IsDefined
            ? new GeneralReference("FUTURE_REF")
            : (DateExpression)new ShiftedDate(amount.Unit, amount.Amount);

    /// <summary>"next 2 days", "last two weeks", "past 2 days" (without "the", which makes them durations):
    /// the point that many units from the reference.</summary>
    private static Parser<DateExpression> NextUnits => field ??=
        from relation in Word("next", "last", "past").FollowedBy(Space)
        from amount in AmountOfUnits
        where amount.Amount > 1
        select (DateExpression)new ShiftedDate(
            amount.Unit, relation.Equals("next", StringComparison.OrdinalIgnoreCase) ? amount.Amount : -amount.Amount);

    /// <summary>"2 days after tomorrow", "a week before yesterday", "two days after next Friday".</summary>
    private static Parser<DateExpression> UnitsFromDate => field ??=
        from amount in AmountOfUnits
        from gap in Space
        from direction in Word("before", "after").FollowedBy(Space)
        from anchor in DayWord.Or(WeekdayForms).Or(CalendarForms).Or(HolidayForm)
        select (DateExpression)new ShiftedDate(amount.Unit, IsBackward(direction) ? -amount.Amount : amount.Amount, anchor);

    /// <summary>"the day before", "the next day", "that day", "later in the day".</summary>
    private static Parser<DateExpression> Anaphoric => field ??=
        (from the in Word("the").FollowedBy(Space)
         from day in Word("day").FollowedBy(Space)
         from direction in Word("before", "after")
         select (DateExpression)new AnaphoricDay(direction.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1))
        .Or(from the in Word("the").FollowedBy(Space)
            from which in Word("next", "following", "previous", "same").FollowedBy(Space)
            from day in Word("day")
            select (DateExpression)new AnaphoricDay(which.ToLowerInvariant() switch { "previous" => -1, "same" => 0, _ => 1 }))
        .Or(from that in Word("that").FollowedBy(Space)
            from day in Word("day")
            select (DateExpression)new AnaphoricDay(0))
        .Or(from part in Word("later", "earlier").FollowedBy(Space)
            from inWord in Word("in").FollowedBy(Space)
            from the in Word("the").FollowedBy(Space)
            from day in Word("day")
            select (DateExpression)new AnaphoricDay(0));

    /// <summary>"that year", "the following month", "the previous year", "that quarter", "the following week": counted
    /// from the previous date in the text.</summary>
    private static Parser<DateExpression> AnaphoricPeriodForm => field ??=
        (from that in Word("that").FollowedBy(Space)
         from unit in Word("year", "month", "quarter", "week")
         select (DateExpression)new AnaphoricPeriod(UnitOf(unit), 0))
        .Or(from the in Word("the").FollowedBy(Space)
            from which in Word("following", "previous").FollowedBy(Space)
            from unit in Word("year", "month", "quarter", "week")
            select (DateExpression)new AnaphoricPeriod(UnitOf(unit), which.Equals("previous", StringComparison.OrdinalIgnoreCase) ? -1 : 1));

    private static TimeUnit UnitOf(string word) => word.ToLowerInvariant() switch
    {
        "year" => TimeUnit.Year,
        "quarter" => TimeUnit.Quarter,
        "week" => TimeUnit.Week,
        _ => TimeUnit.Month,
    };

    /// <summary>"several years ago", "a few weeks ago": a vague past (PAST_REF), not a point.</summary>
    private static Parser<DateExpression> VagueAgo => field ??=
        from amount in VagueAmount
        from gap in Space
        from unit in Unit
        from gap2 in Space
        from ago in Word("ago")
        select (DateExpression)new GeneralReference("PAST_REF");

    /// <summary>now, currently, recently, soon, the future...</summary>
    private static Parser<DateExpression> GeneralWord => field ??=
        NumberGrammar.Letters.Select(w => w.ToLowerInvariant())
            .Where(w => w is "now" or "currently" or "current" or "recently" or "recent" or "lately" or "nowadays" or "soon")
            .Select(w => (DateExpression)new GeneralReference(w switch
            {
                "soon" => "FUTURE_REF",
                "recently" or "recent" or "lately" => "PAST_REF",
                _ => "PRESENT_REF",
            }))
        .Or(from the in Word("the").FollowedBy(Space)
            from which in Word("future", "past")
            select (DateExpression)new GeneralReference(which.Equals("future", StringComparison.OrdinalIgnoreCase) ? "FUTURE_REF" : "PAST_REF"));

    private static bool IsBackward(string direction) =>
        direction.ToLowerInvariant() is "ago" or "earlier" or "before";

    private static Parser<DateExpression> RelativeForms => field ??=
        Longest(
            DayWord.StartingWith(DayWordStarts),
            AnaphoricPeriodForm.StartingWith(["the", "that"]),
            VagueAgo.StartingWith(NumberStarts),
            DayBeforeOrAfter.StartingWith(["the", "day"]),
            RelativeUnit.StartingWith(TheOrRelationStarts),
            UnitsAgo.StartingWith(NumberStarts),
            InUnits.StartingWith(["in", "within"]),
            UnitsFromDate.StartingWith(NumberStarts),
            Anaphoric.StartingWith(["the", "that", "later", "earlier"]),
            GeneralWord.StartingWith(GeneralWordStarts),
            NextUnits.StartingWith(["next", "last", "past"]),
            MinutesAheadForms);
}
