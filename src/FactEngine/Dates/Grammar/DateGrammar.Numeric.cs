using Sprache;

namespace FactEngine.Dates;

/// <summary>All-digit dates. Policy for the ambiguous ones:
/// ISO order (2022-01-26, 2012/8/10) is year-month-day; dots (26.01.2022) are day-month-year, the European
/// order; slashes and dashes (1/26/2022, 12-30-16, 2/15) are month-day-year, the US order, unless the first
/// number cannot be a month (25/05/2015), then day-month; without a year, "3/8" and "1/4" are fractions. When both readings are valid and differ, the
/// swapped one is kept as the alternative.</summary>
internal static partial class DateGrammar
{
    private static Parser<int> MonthNumber => field ??= Number(1, 2, 1, 12);

    private static Parser<int> DayNumber => field ??= Number(1, 2, 1, 31);

    private static Parser<char> Separator(params char[] separators) =>
        from before in Gap
        from separator in QuietParsers.Chars(separators)
        from after in Gap
        select separator;

    /// <summary>"2022-01-26", "2012/8/10", "2012/aug/10".</summary>
    private static Parser<DateExpression> IsoDate => field ??=
        from year in Number(4, 4, 1000, 2199)
        from separator in QuietParsers.Chars('-', '/', '.')
        from month in MonthNumber.Or(MonthName)
        from separator2 in QuietParsers.Char(separator)
        from day in DayNumber
        from end in NoLetterOrDigit
        where IsValid(new CalendarDate(year, month, day))
        select (DateExpression)new CalendarDate(year, month, day);

    /// <summary>"26.01.2022": day-month-year; "10.31.1974" month-day-year when the second cannot be a month.</summary>
    private static Parser<DateExpression> DottedDate => field ??=
        from first in DayNumber
        from dot in QuietParsers.Char('.')
        from second in DayNumber
        from dot2 in QuietParsers.Char('.')
        from year in Number(4, 4, 1000, 2199)
        from end in NoLetterOrDigit
        let date = second > 12 ? new CalendarDate(year, first, second) : new CalendarDate(year, second, first)
        where date.Month <= 12 && IsValid(date)
        select (DateExpression)date;

    /// <summary>"1/26/2022", "12-30-16", "8/Oct/2012", "2/15", "2 / 15".</summary>
    private static Parser<DateExpression> SlashedDate => field ??=
        from first in DayNumber
        from separator in Separator('/', '-')
        from second in DayNumber.Or(MonthName.Select(m => -m))
        from year in (from s in QuietParsers.Char(separator)
                      from y in Number(4, 4, 1000, 2199).Or(Number(2, 2, 0, 99).Select(TwoDigitYear))
                      select y).Optional()
        from end in NoLetterOrDigit.Then(_ => QuietParsers.Chars('/', '-', '.').Then(_ => QuietParsers.Digit).Not())
        let y = year.IsDefined ? year.Get() : (int?)null
        where second < 0 || first <= 12 || second <= 12
        where second < 0 || IsValid(new CalendarDate(y, first > 12 ? second : first, first > 12 ? first : second))
        where year.IsDefined || !IsFraction(first, second)
        select second < 0 ? new CalendarDate(y, -second, first) : SlashedReading(first, second, y);

    /// <summary>"09/2012": month and year.</summary>
    private static Parser<DateExpression> SlashedMonthYear => field ??=
        from month in MonthNumber
        from separator in QuietParsers.Char('/')
        from year in Number(4, 4, 1000, 2199)
        from end in NoLetterOrDigit
        select (DateExpression)new CalendarDate(year, month, null);

    /// <summary>"3/8", "1/4": a fraction (stock prices), not a date, when written without a year.</summary>
    private static bool IsFraction(int numerator, int denominator) =>
        numerator < denominator && denominator is 2 or 4 or 8 or 16 or 32 or 64;

    private static DateExpression SlashedReading(int first, int second, int? year)
    {
        if (first > 12)
        {
            return new CalendarDate(year, second, first);
        }

        var monthFirst = new CalendarDate(year, first, second);
        return second <= 12 && second != first
            ? new AmbiguousNumericDate(monthFirst, new CalendarDate(year, second, first))
            : monthFirst;
    }

    private static Parser<DateExpression> NumericForms => field ??=
        Longest(IsoDate, DottedDate, SlashedDate, SlashedMonthYear);
}
