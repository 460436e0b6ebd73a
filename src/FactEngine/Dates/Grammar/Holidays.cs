namespace FactEngine.Dates;

/// <summary>The holidays the grammar knows, by every name it accepts. Add a holiday (or a name) here; holidays of
/// the Chinese, Hebrew, Islamic and Indian calendars are in <see cref="CalendarHolidays"/>.</summary>
internal static class Holidays
{
    private static readonly Holiday Christmas = new("christmas", 12, 25);
    private static readonly Holiday NewYearsEve = new("new year's eve", 12, 31);
    private static readonly Holiday NewYearsDay = new("new year's day", 1, 1);
    private static readonly Holiday Valentines = new("valentine's day", 2, 14);
    private static readonly Holiday Halloween = new("halloween", 10, 31);
    private static readonly Holiday StPatricks = new("st patrick's day", 3, 17);
    private static readonly Holiday IndependenceDay = new("independence day", 7, 4);
    private static readonly Holiday VeteransDay = new("veterans day", 11, 11);
    private static readonly Holiday Thanksgiving = new("thanksgiving", 11, Weekday: DayOfWeek.Thursday, Ordinal: 4);
    private static readonly Holiday MlkDay = new("martin luther king day", 1, Weekday: DayOfWeek.Monday, Ordinal: 3);
    private static readonly Holiday MemorialDay = new("memorial day", 5, Weekday: DayOfWeek.Monday, Ordinal: -1);
    private static readonly Holiday LaborDay = new("labor day", 9, Weekday: DayOfWeek.Monday, Ordinal: 1);
    private static readonly Holiday MothersDay = new("mother's day", 5, Weekday: DayOfWeek.Sunday, Ordinal: 2);
    private static readonly Holiday FathersDay = new("father's day", 6, Weekday: DayOfWeek.Sunday, Ordinal: 3);
    private static readonly Holiday ElectionDay = new("election day", 11, Weekday: DayOfWeek.Tuesday, Ordinal: 1);
    private static readonly Holiday Easter = new("easter", EasterOffset: 0);
    private static readonly Holiday HolyWeek = new("holy week", EasterOffset: -2, Week: true);
    private static readonly Holiday KingsDay = new("king's day", 4, 27, SundayToSaturday: true);

    /// <summary>Names as word sequences (apostrophes and "s" endings are optional when matched).</summary>
    public static readonly IReadOnlyList<(string[] Words, Holiday Holiday)> Names =
    [
        (["christmas", "day"], Christmas), (["christmas"], Christmas), (["xmas"], Christmas),
        (["new", "year's", "eve"], NewYearsEve), (["new", "year's", "day"], NewYearsDay),
        (["valentine's", "day"], Valentines), (["halloween"], Halloween),
        (["st", "patrick's", "day"], StPatricks), (["saint", "patrick's", "day"], StPatricks),
        (["st", "paddy's", "day"], StPatricks), (["saint", "paddy's", "day"], StPatricks),
        (["independence", "day"], IndependenceDay), (["veterans", "day"], VeteransDay),
        (["thanksgiving", "day"], Thanksgiving), (["thanksgiving"], Thanksgiving),
        (["martin", "luther", "king's", "day"], MlkDay), (["martin", "luther", "king", "jr", "day"], MlkDay),
        (["mlk", "day"], MlkDay), (["mlk", "jr", "day"], MlkDay), (["civil", "rights", "day"], MlkDay),
        (["memorial", "day"], MemorialDay), (["labor", "day"], LaborDay), (["labour", "day"], LaborDay),
        (["mother's", "day"], MothersDay), (["father's", "day"], FathersDay), (["election", "day"], ElectionDay),
        (["easter", "sunday"], Easter), (["easter"], Easter),
        (["easter", "monday"], new("easter monday", EasterOffset: 1)), (["easter", "mon"], new("easter monday", EasterOffset: 1)),
        (["good", "friday"], new("good friday", EasterOffset: -2)),
        (["maundy", "thursday"], new("maundy thursday", EasterOffset: -3)),
        (["palm", "sunday"], new("palm sunday", EasterOffset: -7)),
        (["holy", "week"], HolyWeek), (["easter", "week"], HolyWeek),
        (["ash", "wednesday"], new("ash wednesday", EasterOffset: -46)),
        (["pentecost"], new("pentecost", EasterOffset: 49)), (["whit", "sunday"], new("pentecost", EasterOffset: 49)),
        (["whit", "monday"], new("whit monday", EasterOffset: 50)),
        (["trinity", "sunday"], new("trinity sunday", EasterOffset: 56)),
        (["ascension", "day"], new("ascension day", EasterOffset: 39)),
        (["mardi", "gras"], new("mardi gras", EasterOffset: -47)), (["shrove", "tuesday"], new("mardi gras", EasterOffset: -47)),
        (["pancake", "day"], new("mardi gras", EasterOffset: -47)),
        (["black", "friday"], new("black friday", 11, Weekday: DayOfWeek.Thursday, Ordinal: 4, Shift: 1)),
        (["boss's", "day"], new("boss's day", 10, 16, Observed: true)), (["boss", "day"], new("boss's day", 10, 16, Observed: true)),
        (["white", "sunday"], new("pentecost", EasterOffset: 49)), (["branch", "sunday"], new("palm sunday", EasterOffset: -7)),
        (["covenant", "thursday"], new("maundy thursday", EasterOffset: -3)), (["covenant", "thu"], new("maundy thursday", EasterOffset: -3)),
        (["thu", "of", "mysteries"], new("maundy thursday", EasterOffset: -3)),
        (["monday", "of", "the", "holy", "spirit"], new("whit monday", EasterOffset: 50)),
        (["orthodox", "easter"], new("orthodox easter", EasterOffset: 0, Orthodox: true)),
        (["orthodox", "good", "friday"], new("orthodox good friday", EasterOffset: -2, Orthodox: true)),
        (["orthodox", "great", "friday"], new("orthodox good friday", EasterOffset: -2, Orthodox: true)),
        (["clean", "monday"], new("clean monday", EasterOffset: -48, Orthodox: true)),
        (["orthodox", "shrove", "monday"], new("clean monday", EasterOffset: -48, Orthodox: true)),
        (["lazarus", "saturday"], new("lazarus saturday", EasterOffset: -8, Orthodox: true)),
        (["king's", "day"], KingsDay), (["koningsdag"], KingsDay),
        (["world", "vegan", "day"], new("world vegan day", 11, 1)),
        (["ides", "of", "march"], new("ides of march", 3, 15)),
        (["holocaust", "memorial", "day"], new("holocaust memorial day", 1, 27)),
        (["international", "holocaust", "remembrance", "day"], new("holocaust memorial day", 1, 27)),
        .. CalendarHolidays.Names,
    ];

    /// <summary>Every first word of a holiday name, for the recognizer's pre-filter: its leading letters, as the
    /// pre-filter and the first-word dispatch read a word ("jumu'atul" is "jumu", "king's" is "king").</summary>
    public static IEnumerable<string> FirstWords => Names.Select(n => new string([.. n.Words[0].TakeWhile(char.IsLetter)]));

    /// <summary>A word as holiday names compare it: lower case, without apostrophes or a final "s"
    /// ("Valentine's", "valentines" and "valentine" all read "valentine").</summary>
    public static string Normalize(string word)
    {
        var bare = word.Replace("'", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return bare.Length > 3 && bare.EndsWith('s') ? bare[..^1] : bare;
    }

    /// <summary>The date of <paramref name="holiday"/> in <paramref name="year"/>.</summary>
    public static DateOnly DateIn(Holiday holiday, int year)
    {
        if (holiday.Rule is { } rule)
        {
            // The calendars behind the rules need a year on either side.
            return year is >= 2 and <= 9000 ? rule.DateIn(year) : new DateOnly(Math.Clamp(year, 1, 9999), 1, 1);
        }

        if (holiday.EasterOffset is int offset)
        {
            return (holiday.Orthodox ? OrthodoxEasterSunday(year) : EasterSunday(year)).AddDays(offset);
        }

        if (holiday.Ordinal == 0)
        {
            var date = new DateOnly(year, holiday.Month, holiday.Day);
            if (holiday.SundayToSaturday && date.DayOfWeek == DayOfWeek.Sunday)
            {
                return date.AddDays(-1);
            }

            return !holiday.Observed ? date : date.DayOfWeek switch
            {
                DayOfWeek.Saturday => date.AddDays(-1),
                DayOfWeek.Sunday => date.AddDays(1),
                _ => date,
            };
        }

        if (holiday.Ordinal < 0)
        {
            var last = new DateOnly(year, holiday.Month, 1).AddMonths(1).AddDays(-1);
            return CalendarMath.OnOrBefore(last, holiday.Weekday);
        }

        var first = CalendarMath.OnOrAfter(new DateOnly(year, holiday.Month, 1), holiday.Weekday);
        return first.AddDays((7 * (holiday.Ordinal - 1)) + holiday.Shift);
    }

    /// <summary>Orthodox Easter Sunday: Meeus's Julian algorithm, moved to the Gregorian calendar.</summary>
    private static DateOnly OrthodoxEasterSunday(int year)
    {
        var a = year % 4;
        var b = year % 7;
        var c = year % 19;
        var d = ((19 * c) + 15) % 30;
        var e = ((2 * a) + (4 * b) - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = ((d + e + 114) % 31) + 1;
        var julianToGregorian = (year / 100) - (year / 400) - 2;
        return new DateOnly(year, month, day).AddDays(julianToGregorian);
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
