using FactEngine.Numbers;
using Sprache;

namespace FactEngine.Dates;

/// <summary>Clock times: "9 a.m.", "3:30 p.m.", "3pm", "seven thirty p.m.", "14:30", "15h30", "4 o'clock", "4 in the morning", "noon", "midnight",
/// with an optional time zone ("9 a.m. EST"); alone, or with a day on either side ("9 a.m. Tuesday", "at 3:30 p.m. on
/// Friday", "Tuesday at noon", "March 3 at 9 a.m.").</summary>
internal static partial class DateGrammar
{
    /// <summary>"a.m.", "am", "p.m.", "PM", the periods optional; true for p.m.</summary>
    private static Parser<bool> Meridiem => field ??=
        from half in QuietParsers.Chars('a', 'A', 'p', 'P')
        from dot in QuietParsers.Char('.').Optional()
        from m in QuietParsers.Chars('m', 'M')
        from period in QuietParsers.Char('.').Optional()
        from end in NoLetterOrDigit
        select half is 'p' or 'P';

    /// <summary>The half of the day after an hour: "a.m.", "pm", or "in the morning", "in the afternoon", "in the
    /// evening"; true for p.m.</summary>
    private static Parser<bool> HalfOfDay => field ??=
        (from gap in Gap
         from pm in Meridiem
         select pm)
        .Or(InThePartOfDay);

    /// <summary>" in the morning", " in the afternoon", " in the evening"; true for p.m.</summary>
    private static Parser<bool> InThePartOfDay => field ??=
        from gap in Space
        from inWord in Word("in").FollowedBy(Space)
        from the in Word("the").FollowedBy(Space)
        from part in Word("morning", "afternoon", "evening")
        select !part.Equals("morning", StringComparison.OrdinalIgnoreCase);

    /// <summary>The half of the day after a spelled hour: "am", "p.m.", "P.M.", "in the evening", but not a bare capital
    /// "PM" or "AM" ("one PM" is as likely a prime minister); true for p.m.</summary>
    private static Parser<bool> SpelledHalfOfDay => field ??=
        (from gap in Space
         from half in QuietParsers.Chars('a', 'p')
         from m in QuietParsers.Chars('m')
         from end in NoLetterOrDigit
         select half == 'p')
        .Or(DottedHalfOfDay);

    /// <summary>"a.m.", "P.M.", "in the morning": the half of the day however "one" reads ("only one am I sure of" is
    /// no time); true for p.m.</summary>
    private static Parser<bool> DottedHalfOfDay => field ??=
        (from gap in Space
         from half in QuietParsers.Chars('a', 'p', 'A', 'P')
         from dot in QuietParsers.Char('.')
         from m in QuietParsers.Chars('m', 'M')
         from period in QuietParsers.Char('.')
         select half is 'p' or 'P')
        .Or(InThePartOfDay);

    /// <summary>An hour of a 12-hour clock with its half of the day: "9 a.m.", "3:30 p.m.", "10.30am", "12 pm", "4 in
    /// the morning", "3:15 in the afternoon".</summary>
    private static Parser<ClockTime> TwelveHourTime => field ??=
        from hour in Number(1, 2, 1, 12)
        from minutes in (from colon in QuietParsers.Chars(':', '.') from minute in Number(2, 2, 0, 59) select minute).Optional()
        from pm in HalfOfDay
        select new ClockTime((hour % 12) + (pm ? 12 : 0), minutes.GetOrElse(0), minutes.IsDefined);

    /// <summary>An hour spelled out with its half of the day, its minutes too if written: "three am", "seven thirty p.m.",
    /// "ten forty-five in the morning"; "one" alone only with "a.m."/"p.m." dotted or "in the morning".</summary>
    private static Parser<ClockTime> SpelledTwelveHourTime => field ??=
        from hour in NumberGrammar.CardinalWord.Where(h => h is >= 1 and <= 12)
        from minutes in (from gap in Space from minute in NumberGrammar.CardinalWord.Where(m => m is >= 10 and <= 59) select minute).Optional()
        from pm in hour == 1 && !minutes.IsDefined ? DottedHalfOfDay : SpelledHalfOfDay
        select new ClockTime((hour % 12) + (pm ? 12 : 0), minutes.GetOrElse(0), minutes.IsDefined);

    /// <summary>"14:30", "09:15": a 24-hour time, only where it cannot be a 12-hour one or a score (an hour from 13, or
    /// written with a leading zero); "9:30" alone is not read.</summary>
    private static Parser<ClockTime> TwentyFourHourTime => field ??=
        from digits in NumberGrammar.Digits.Where(d => d.Length == 2)
        let hour = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)
        where hour is >= 13 and <= 23 || digits[0] == '0'
        from colon in QuietParsers.Char(':')
        from minute in Number(2, 2, 0, 59)
        from notMore in QuietParsers.Char(':').Then(_ => QuietParsers.Digit).Not()
        select new ClockTime(hour, minute, true);

    /// <summary>"15h00", "3h18", "13h30": a 24-hour time written with "h", its minutes always written ("15h" alone is
    /// as often a length of time).</summary>
    private static Parser<ClockTime> HourMarkTime => field ??=
        from hour in Number(1, 2, 0, 23)
        from h in QuietParsers.Chars('h', 'H')
        from minute in Number(2, 2, 0, 59)
        from end in NoLetterOrDigit
        select new ClockTime(hour, minute, true);

    /// <summary>"4 o'clock", "4 oclock", "4 o'clock p.m.", "3 o'clock in the afternoon".</summary>
    private static Parser<ClockTime> OClockTime => field ??=
        from hour in Number(1, 2, 1, 12)
        from gap in Space
        from o in QuietParsers.Chars('o', 'O')
        from apostrophe in QuietParsers.Chars('\'', '\u2019').Optional()
        from clock in Word("clock")
        from pm in HalfOfDay.Optional()
        select new ClockTime((hour % 12) + (pm.GetOrElse(false) ? 12 : 0), 0, false);

    /// <summary>"noon", "midnight", "12 noon", "12 midnight".</summary>
    private static Parser<ClockTime> NoonOrMidnight => field ??=
        from twelve in (from n in Number(2, 2, 12, 12) from gap in Space select n).Optional()
        from word in Word("noon", "midday", "midnight")
        select word.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? new ClockTime(24, 0, true) : new ClockTime(12, 0, true);

    /// <summary>A time-zone abbreviation after a time: "EST", "GMT", "pst"; in capitals.</summary>
    private static Parser<string> TimeZone => field ??=
        from gap in Space
        from zone in NumberGrammar.Letters.Where(z => DateWords.TimeZones.Contains(z) || DateWords.LowerCaseTimeZones.Contains(z))
        select zone.ToUpperInvariant();

    /// <summary>Any clock time, with its time zone if one follows.</summary>
    private static Parser<ClockTime> Clock => field ??=
        (from time in Longest(TwelveHourTime, SpelledTwelveHourTime.StartingWith(SpelledHourStarts), TwentyFourHourTime, HourMarkTime, OClockTime, NoonOrMidnight,
             PastOrToTime.StartingWith(PastOrToStarts))
         from zone in TimeZone.Optional()
         select zone.IsDefined ? time with { Zone = zone.Get() } : time)
        .Memoized();

    /// <summary>The dates a clock time can be on: a single day.</summary>
    private static bool IsDay(DateExpression date) => date switch
    {
        CalendarDate calendar => calendar.Day is not null,
        AmbiguousNumericDate or WeekdayDate or WeekdayInWeek or DatedWeekday or RelativeDay or AnaphoricDay or HolidayDate
            or NthWeekdayOfMonth or DayInMonth or DayOfRelativeMonth or WeekdayCount => true,
        ShiftedDate shifted => shifted.Unit == TimeUnit.Day,
        _ => false,
    };

    /// <summary>"9 a.m. Tuesday", "4 a.m. EDT Thursday", "3:30 p.m. on Friday", "noon, March 3".</summary>
    private static Parser<DateExpression> TimeThenDay => field ??=
        from time in Clock
        from gap in CommaGap
        from onWord in Optional("on")
        from date in Point.Where(IsDay)
        select (DateExpression)new DateAtTime(date, time);

    /// <summary>"Tuesday at noon", "March 3 at 9 a.m.", "Friday, 10 a.m.", "tomorrow @ 5pm".</summary>
    private static Parser<DateExpression> DayThenTime => field ??=
        from date in Point.Where(IsDay)
        from gap in CommaGap
        from at in (from word in Word("at").Or(QuietParsers.Char('@').Once().Text()) from g in Gap select word).Optional()
        from time in Clock
        select (DateExpression)new DateAtTime(date, time);

    private static Parser<DateExpression> ClockForms => field ??=
        Longest(DayPartForms, TimeThenDay.StartingWith(ClockStarts), DayThenTime, Clock.Select(t => (DateExpression)t).StartingWith(ClockStarts));
}
