using Sprache;

namespace FactEngine.Dates;

/// <summary>Clock times in a part of a day: "tonight at 8", "this afternoon at 3:20", "this morning @ 10", "8 tonight",
/// "3 this afternoon", "tomorrow morning at 9", "9 tomorrow evening", "at 5 tomorrow afternoon", "Saturday morning at
/// 9". A bare hour takes its half of the day from the part: morning a.m. (12 is midnight's start, 00:00), afternoon
/// p.m. (12 is noon), evening and night p.m. (12 is midnight, 24:00); a written "a.m."/"p.m." wins.</summary>
internal static partial class DateGrammar
{
    private enum DayPart
    {
        Morning,
        Afternoon,
        Evening,
    }

    /// <summary>"morning", "afternoon", "evening", "night".</summary>
    private static Parser<DayPart> DayPartWord => field ??=
        Word("morning", "afternoon", "evening", "night").Select(w => w.ToLowerInvariant() switch
        {
            "morning" => DayPart.Morning,
            "afternoon" => DayPart.Afternoon,
            _ => DayPart.Evening,
        });

    /// <summary>"tonight", "this morning", "this afternoon", "this evening": the current part, with no day.</summary>
    private static Parser<(DateExpression? Day, DayPart Part)> CurrentDayPart => field ??=
        Word("tonight").Select(_ => ((DateExpression?)null, DayPart.Evening))
        .Or(from thisWord in Word("this").FollowedBy(Space)
            from part in DayPartWord
            select ((DateExpression?)null, part));

    /// <summary>"tomorrow morning", "yesterday evening", "Saturday morning", "next Friday night".</summary>
    private static Parser<(DateExpression? Day, DayPart Part)> NamedDayPart => field ??=
        from day in Longest(DayWord, WeekdayForms).Where(IsDay)
        from gap in Space
        from part in DayPartWord
        select ((DateExpression?)day, part);

    private static Parser<(DateExpression? Day, DayPart Part)> AnyDayPart => field ??= CurrentDayPart.Or(NamedDayPart);

    /// <summary>A bare hour: "8", "3:20", "8 o'clock"; its half of the day is still to be chosen. Not a price or a rate:
    /// "this morning at 1,220 stg", "at 9.50", "at 3%" are no times.</summary>
    private static Parser<ClockTime> BareHour => field ??=
        from hour in Number(1, 2, 1, 12)
        from minutes in (from colon in QuietParsers.Char(':') from minute in Number(2, 2, 0, 59) select minute).Optional()
        from clock in (from gap in Space
                       from o in QuietParsers.Chars('o', 'O')
                       from apostrophe in QuietParsers.Chars('\'', '\u2019').Optional()
                       from word in Word("clock")
                       select word).Optional()
        from end in NoLetterOrDigit
        from notAmount in QuietParsers.Chars('.', ',').Then(_ => QuietParsers.Digit).Or(QuietParsers.Char('%')).Not()
        select new ClockTime(hour, minutes.GetOrElse(0), minutes.IsDefined);

    /// <summary>Succeeds, reading nothing, at the start of the text or after "at", "@", "around", "about", "by",
    /// "until", "till", "from", "before", "after": a bare hour before a part of the day needs one ("at 8 tonight", "8
    /// tonight" alone), not "Radio 1 this morning".</summary>
    private static Parser<bool> AfterTimeWord => input =>
    {
        var source = input.Source;
        var position = input.Position - 1;
        while (position >= 0 && char.IsWhiteSpace(source[position]))
        {
            position--;
        }

        var stop = position + 1;
        while (position >= 0 && (char.IsLetter(source[position]) || source[position] == '@'))
        {
            position--;
        }

        var word = source.AsSpan(position + 1, stop - position - 1);
        var ok = stop == 0 || TimeWordLookup.Contains(word);
        return ok ? Result.Success(true, input) : Result.Failure<bool>(input, "no time word before", NoExpectations);
    };

    /// <summary>The words a bare hour before a part of the day may follow.</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "@", "at", "around", "about", "by", "until", "till", "from", "before", "after",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWordLookup = TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A time in a part of the day: a bare hour (true) or one with its half written ("10am", false). On a tie
    /// ("8 o'clock") the bare reading wins.</summary>
    private static Parser<(ClockTime Time, bool Bare)> HourInPart => field ??=
        Longest(BareHour.Select(t => (t, true)), Clock.Select(t => (t, false)));

    /// <summary>"tonight at 8", "this morning @ 10", "tomorrow afternoon at 5", "Saturday morning at 9".</summary>
    private static Parser<DateExpression> DayPartThenTime => field ??=
        from dayPart in AnyDayPart
        from gap in CommaGap
        from at in Word("at").Or(QuietParsers.Char('@').Once().Text())
        from g in Gap
        from time in HourInPart
        select (DateExpression)new TimeInPartOfDay(dayPart.Day, InPart(time.Time, time.Bare, dayPart.Part));

    /// <summary>"8 tonight", "at 3 this afternoon", "9 tomorrow morning", "10am tomorrow morning"; a bare hour only after
    /// a time word or at the start (<see cref="AfterTimeWord"/>).</summary>
    private static Parser<DateExpression> TimeThenDayPart => field ??=
        from placed in AfterTimeWord.Optional()
        from time in HourInPart
        where !time.Bare || placed.IsDefined
        from gap in Space
        from dayPart in AnyDayPart
        select (DateExpression)new TimeInPartOfDay(dayPart.Day, InPart(time.Time, time.Bare, dayPart.Part));

    private static ClockTime InPart(ClockTime time, bool bare, DayPart part) => !bare ? time : part switch
    {
        DayPart.Morning => time with { Hour = time.Hour % 12 },
        DayPart.Afternoon => time with { Hour = time.Hour == 12 ? 12 : time.Hour + 12 },
        _ => time with { Hour = time.Hour == 12 ? 24 : time.Hour + 12 },
    };

    private static Parser<DateExpression> DayPartForms => field ??=
        Longest(DayPartThenTime.StartingWith(DayPartStarts), TimeThenDayPart.StartingWith(NumericStarts));
}
