using Sprache;

namespace FactEngine.Dates;

/// <summary>Minutes ahead of the reference: "in 2 minutes", "in 2 more minutes", "in a couple of minutes", "2 minutes
/// from now", "in half an hour", "in about half an hour", "in a quarter of an hour", "in three-quarters of an hour".</summary>
internal static partial class DateGrammar
{
    private static Parser<string> MinuteWord => field ??= Word("minutes", "minute", "mins", "min");

    /// <summary>"half an hour" (30), "a quarter of an hour" (15), "three-quarters of an hour" (45).</summary>
    private static Parser<int> PartOfAnHour => field ??=
        (from half in Word("half").FollowedBy(Space)
         from an in Word("an").FollowedBy(Space)
         from hour in Word("hour")
         select 30)
        .Or(from a in Word("a").FollowedBy(Space)
            from quarter in Word("quarter").FollowedBy(Space)
            from of in Word("of").FollowedBy(Space)
            from an in Word("an").FollowedBy(Space)
            from hour in Word("hour")
            select 15)
        .Or(from three in Word("three")
            from joiner in QuietParsers.Chars('-', ' ')
            from quarters in Word("quarters").FollowedBy(Space)
            from of in Word("of").FollowedBy(Space)
            from an in Word("an").FollowedBy(Space)
            from hour in Word("hour")
            select 45);

    /// <summary>"2 minutes", "2 more minutes", "a couple of minutes", "a minute".</summary>
    private static Parser<int> CountOfMinutes => field ??=
        from amount in Amount
        from gap in Space
        from more in Optional("more")
        from unit in MinuteWord
        where amount is > 0 and <= 600
        select amount;

    private static Parser<DateExpression> InMinutes => field ??=
        from inWord in Word("in").FollowedBy(Space)
        from about in Optional("about", "approximately")
        from minutes in PartOfAnHour.Or(CountOfMinutes)
        select (DateExpression)new MinutesFromNow(minutes);

    private static Parser<DateExpression> MinutesFromNowForm => field ??=
        from minutes in CountOfMinutes
        from gap in Space
        from fromWord in Word("from").FollowedBy(Space)
        from now in Word("now")
        select (DateExpression)new MinutesFromNow(minutes);

    private static Parser<DateExpression> MinutesAheadForms => field ??=
        Longest(InMinutes.StartingWith(["in"]), MinutesFromNowForm.StartingWith(NumberStarts));
}
