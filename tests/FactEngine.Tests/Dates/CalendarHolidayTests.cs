using FactEngine.Dates;

namespace FactEngine.Tests.Dates;

/// <summary>Holidays of the Chinese, Hebrew, Islamic and Indian calendars, computed by their calendar rules
/// (forward mode, reference 2013-02-12). The expected days are the published dates of those holidays.</summary>
public class CalendarHolidayTests
{
    [Theory]
    [InlineData("chinese new year", "2014-01-31")]
    [InlineData("last chinese new year", "2013-02-10")]
    [InlineData("chinese new year's day 2018", "2018-02-16")]
    [InlineData("yom kippur 2018", "2018-09-18")]
    [InlineData("tisha b'av 2018", "2018-07-21")]
    [InlineData("yom haatzmaut 2018", "2018-04-18")]
    [InlineData("purim", "2013-02-23")]
    [InlineData("Eid al-Fitr 1975", "1975-10-06")]
    [InlineData("Bakr Id 1974", "1974-01-03")]
    [InlineData("Jumu'atul-Wida 2018", "2018-06-08")]
    [InlineData("the prophet's ascension 2018", "2018-04-13")]
    [InlineData("diwali 2019", "2019-10-27")]
    [InlineData("choti diwali two thousand nineteen", "2019-10-26")]
    [InlineData("holi 2019", "2019-03-21")]
    [InlineData("krishna janmashtami 2019", "2019-08-23")]
    [InlineData("maha shivaratri 2020", "2020-02-21")]
    [InlineData("guru gobind singh jayanti", "2014-01-07")]
    [InlineData("vesak", "2013-05-24")]
    [InlineData("makar sankranti 2019", "2019-01-15")]
    [InlineData("kaanum pongal 2018", "2018-01-16")]
    [InlineData("Vaisakhi 2018", "2018-04-14")]
    [InlineData("rabindra jayanti 2019", "2019-05-09")]
    [InlineData("onam 2018", "2018-08-24")]
    [InlineData("parsi new year 2022", "2022-08-16")]
    [InlineData("diwali 2020", "2020-11-14")]
    [InlineData("deepavali 2023", "2023-11-12")]
    [InlineData("holi 2021", "2021-03-29")]
    [InlineData("dussehra 2019", "2019-10-08")]
    [InlineData("dussehra 2023", "2023-10-24")]
    [InlineData("ganesh chaturthi 2023", "2023-09-19")]
    [InlineData("eid al-fitr 2023", "2023-04-21")]
    [InlineData("onam 2024", "2024-09-15")]
    public void Calendar_holidays_resolve_to_their_day(string text, string value)
    {
        var (found, resolved) = DateReading.First(text, "2013-02-12", Tense.Unknown, DateMode.Forward);
        found.ShouldBe(text);
        resolved.Value.ShouldBe(value);
        resolved.Grain.ShouldBe("day");
    }

    [Theory]
    [InlineData(2016)]
    [InlineData(2019)]
    [InlineData(2023)]
    public void Diwali_falls_in_october_or_november(int year)
    {
        var diwali = new HinduLunarDay(LunarMonth.Ashvin, 30, DayMoment.Evening).DateIn(year);
        diwali.Month.ShouldBeInRange(10, 11);
    }
}
