namespace FactEngine.Dates;

/// <summary>The vocabulary of the date grammar: month, weekday, season and unit names with their values.
/// Add a word here and every parser that reads that class of word accepts it.</summary>
internal static class DateWords
{
    public static readonly IReadOnlyDictionary<string, int> Months = Table(new Dictionary<string, int>
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    });

    /// <summary>Month names that may stand alone as a date ("in May"); abbreviations need a day or year.</summary>
    public static readonly IReadOnlySet<string> StandaloneMonths = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "sept",
        "october", "november", "december",
    };

    public static readonly IReadOnlyDictionary<string, DayOfWeek> Weekdays = Table(new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday,
        ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["tue"] = DayOfWeek.Tuesday,
        ["tues"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["thu"] = DayOfWeek.Thursday,
        ["thur"] = DayOfWeek.Thursday,
        ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
        ["sun"] = DayOfWeek.Sunday,
    });

    /// <summary>Weekday abbreviations too common as other words to stand alone ("sat", "sun", "wed").</summary>
    public static readonly IReadOnlySet<string> AmbiguousWeekdays = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "sat", "sun", "wed", "mon",
    };

    public static readonly IReadOnlyDictionary<string, Season> Seasons = Table(new Dictionary<string, Season>
    {
        ["spring"] = Season.Spring,
        ["summer"] = Season.Summer,
        ["fall"] = Season.Fall,
        ["autumn"] = Season.Fall,
        ["winter"] = Season.Winter,
    });

    /// <summary>Unit nouns, singular and plural, with their abbreviations.</summary>
    public static readonly IReadOnlyDictionary<string, TimeUnit> Units = Table(new Dictionary<string, TimeUnit>
    {
        ["hour"] = TimeUnit.Hour,
        ["hours"] = TimeUnit.Hour,
        ["hr"] = TimeUnit.Hour,
        ["hrs"] = TimeUnit.Hour,
        ["day"] = TimeUnit.Day,
        ["days"] = TimeUnit.Day,
        ["week"] = TimeUnit.Week,
        ["weeks"] = TimeUnit.Week,
        ["wk"] = TimeUnit.Week,
        ["wks"] = TimeUnit.Week,
        ["weekend"] = TimeUnit.Weekend,
        ["weekends"] = TimeUnit.Weekend,
        ["month"] = TimeUnit.Month,
        ["months"] = TimeUnit.Month,
        ["mon"] = TimeUnit.Month,
        ["quarter"] = TimeUnit.Quarter,
        ["quarters"] = TimeUnit.Quarter,
        ["qtr"] = TimeUnit.Quarter,
        ["year"] = TimeUnit.Year,
        ["years"] = TimeUnit.Year,
        ["yr"] = TimeUnit.Year,
        ["yrs"] = TimeUnit.Year,
        ["decade"] = TimeUnit.Decade,
        ["decades"] = TimeUnit.Decade,
        ["century"] = TimeUnit.Century,
        ["centuries"] = TimeUnit.Century,
    });

    /// <summary>Unit nouns that stand for several of a unit: "a fortnight ago" is two weeks ago.</summary>
    public static readonly IReadOnlyDictionary<string, (TimeUnit Unit, int Count)> UnitMultiples =
        Table(new Dictionary<string, (TimeUnit Unit, int Count)>
        {
            ["fortnight"] = (TimeUnit.Week, 2),
            ["fortnights"] = (TimeUnit.Week, 2),
        });

    /// <summary>Abbreviations whose period belongs to the date ("Jan.", "Tues.", the "m." of "a.m."), unlike a sentence's
    /// final period.</summary>
    public static readonly IReadOnlySet<string> Abbreviations = new HashSet<string>(
        Months.Keys.Concat(Weekdays.Keys).Where(k => k.Length <= 5 && !StandaloneMonths.Contains(k) || k == "sept").Append("jr").Append("m"),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Modifiers choosing an occurrence: "last May", "next week", "this year".</summary>
    public static readonly IReadOnlyDictionary<string, Relation> Relations = Table(new Dictionary<string, Relation>
    {
        ["last"] = Relation.Last,
        ["past"] = Relation.Last,
        ["previous"] = Relation.Last,
        ["this"] = Relation.This,
        ["current"] = Relation.This,
        ["next"] = Relation.Next,
        ["coming"] = Relation.Next,
        ["following"] = Relation.Next,
        ["upcoming"] = Relation.Next,
    });

    private static Dictionary<string, T> Table<T>(Dictionary<string, T> entries) =>
        new(entries, StringComparer.OrdinalIgnoreCase);

    /// <summary>Time-zone abbreviations that may follow a clock time ("9 a.m. EST"), written in capitals, with their
    /// offsets from UTC in minutes (IST is India's). News mode reads and drops them; forward mode converts a time to the
    /// reference's offset when it is known.</summary>
    public static readonly IReadOnlyDictionary<string, int> TimeZoneOffsets = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        { "GMT", 0 }, { "UTC", 0 }, { "EST", -300 }, { "EDT", -240 }, { "CST", -360 }, { "CDT", -300 },
        { "MST", -420 }, { "MDT", -360 }, { "PST", -480 }, { "PDT", -420 }, { "AKST", -540 }, { "AKDT", -480 },
        { "HST", -600 }, { "AST", -240 }, { "ADT", -180 }, { "NST", -210 }, { "NDT", -150 }, { "CET", 60 },
        { "CEST", 120 }, { "BST", 60 }, { "WET", 0 }, { "EET", 120 }, { "EEST", 180 }, { "MSK", 180 }, { "IST", 330 },
        { "JST", 540 }, { "KST", 540 }, { "HKT", 480 }, { "SGT", 480 }, { "AEST", 600 }, { "AEDT", 660 },
        { "ACST", 570 }, { "AWST", 480 }, { "NZST", 720 }, { "NZDT", 780 },
    };

    /// <summary>The abbreviations of <see cref="TimeZoneOffsets"/>.</summary>
    public static readonly IReadOnlySet<string> TimeZones = new HashSet<string>(TimeZoneOffsets.Keys, StringComparer.Ordinal);

    /// <summary>Zones also read in lower case after a time ("8 am pst"): none is an English or German word.</summary>
    public static readonly IReadOnlySet<string> LowerCaseTimeZones = new HashSet<string>(StringComparer.Ordinal)
    {
        "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "bst",
    };
}
