namespace FactEngine.Dates;

/// <summary>Holidays of the Chinese, Hebrew, Islamic, Hindu, Sikh, Buddhist and Parsi calendars, by every name the
/// grammar accepts. Each has a <see cref="CalendarRule"/> that computes its day in a given year (see
/// <c>Resolution/Calendars/</c>); add a holiday here with its rule and names.</summary>
internal static class CalendarHolidays
{
    public static readonly IReadOnlyList<(string[] Words, Holiday Holiday)> Names = Build(
    [
        // Chinese lunisolar calendar.
        (new ChineseLunarDay(1, 1), "chinese new year", ["chinese new year", "chinese new year's day", "chinese lunar new year", "chinese lunar new year's day", "lunar new year"]),

        // Hebrew calendar: the Gregorian day on whose evening the holiday begins. "Holocaust Day" is Yom Hashoah as
        // Duckling reads it; European news often means Holocaust Memorial Day, 27 January (in Holidays.cs).
        (new HebrewDay(HebrewMonth.Tishrei, 10), "yom kippur", ["yom kippur"]),
        (new HebrewDay(HebrewMonth.Tishrei, 22), "shemini atzeret", ["shemini atzeret"]),
        (new HebrewDay(HebrewMonth.Tishrei, 23), "simchat torah", ["simchat torah", "simhat torah"]),
        (new HebrewDay(HebrewMonth.Shevat, 15), "tu bishvat", ["tu bishvat", "tu b'shvat", "tu b'shevat", "tu bishevat"]),
        (new HebrewDay(HebrewMonth.Adar, 14), "purim", ["purim"]),
        (new HebrewDay(HebrewMonth.Adar, 15), "shushan purim", ["shushan purim"]),
        (new HebrewDay(HebrewMonth.Nisan, 27, HebrewPostponement.HolocaustDay), "yom hashoah", ["yom hashoah", "holocaust day"]),
        (new HebrewDay(HebrewMonth.Iyar, 5, HebrewPostponement.IndependenceDay), "yom haatzmaut", ["yom haatzmaut", "yom ha'atzmaut"]),
        (new HebrewDay(HebrewMonth.Iyar, 18), "lag b'omer", ["lag b'omer", "lag baomer", "lag ba'omer"]),
        (new HebrewDay(HebrewMonth.Av, 9, HebrewPostponement.SaturdayToSunday), "tisha b'av", ["tisha b'av", "tisha bav", "tisha be'av"]),

        // Islamic calendar (Umm al-Qura).
        (new IslamicDay(1, 1), "islamic new year", ["islamic new year", "hijri new year", "arabic new year", "amun jadid"]),
        (new IslamicDay(1, 10), "ashura", ["ashura", "day of ashura"]),
        (new IslamicDay(3, 12), "mawlid", ["mawlid", "mawlid al-nabawi", "mawlid an-nabi", "mawlid al nabi", "milad un nabi", "prophet's birthday"]),
        (new IslamicDay(7, 27), "isra and mi'raj", ["isra and mi'raj", "isra' and mi'raj", "al isra wal miraj", "prophet's ascension", "night journey", "ascension to heaven"]),
        (new IslamicDay(9, 27), "laylat al-qadr", ["laylat al-qadr", "laylat al qadr", "laylat al-kadr", "laylat al kadr", "lailat al-qadr", "night of power", "night of measures", "night of decree"]),
        (new IslamicDay(9, 1, LastFriday: true), "jumu'atul-wida", ["jumu'atul-wida", "jamat ul-vida", "jumu'atul wida", "jumat ul-vida", "jamat-ul-vida"]),
        (new IslamicDay(10, 1), "eid al-fitr", ["eid al-fitr", "eid ul-fitr", "id al-fitr", "id ul-fitr", "eid al fitr", "ramadan bayram"]),
        (new IslamicDay(12, 10), "eid al-adha", ["eid al-adha", "eid ul-adha", "id al-adha", "id ul-adha", "eid al adha", "sacrifice feast", "feast of sacrifice", "bakr id", "bakrid", "bakri eid", "kurban bayram"]),

        // Hindu lunar calendar (amanta months; the tithi read at sunrise unless a moment is given).
        (new HinduLunarDay(LunarMonth.Chaitra, 1), "ugadi", ["ugadi", "yugadi", "samvatsaradi", "chaitra sukladi", "chaitra sukhladi", "gudi padwa"]),
        (new HinduLunarDay(LunarMonth.Chaitra, 9, DayMoment.Midday), "rama navami", ["rama navami", "ram navami"]),
        (new HinduLunarDay(LunarMonth.Chaitra, 13), "mahavir jayanti", ["mahavir jayanti", "mahaveer jayanti", "mahavir janma kalyanak", "mahaveer janma kalyanak"]),
        (new HinduLunarDay(LunarMonth.Vaishakha, 15, DayMoment.Evening), "vesak", ["vesak", "vaisakha", "buddha day", "buddha purnima", "buddha jayanti"]),
        (new HinduLunarDay(LunarMonth.Ashadha, 2), "ratha yatra", ["ratha yatra", "rath yatra", "ratha-yatra"]),
        (new HinduLunarDay(LunarMonth.Shravana, 15), "raksha bandhan", ["rakhi", "raksha bandhan"]),
        (new HinduLunarDay(LunarMonth.Shravana, 23, DayMoment.Midnight), "janmashtami", ["janmashtami", "krishna janmashtami", "gokulashtami", "krishna jayanti"]),
        (new HinduLunarDay(LunarMonth.Bhadrapada, 4, DayMoment.Midday), "ganesh chaturthi", ["ganesh chaturthi", "vinayaka chaturthi", "ganesha chaturthi"]),
        (new HinduLunarDay(LunarMonth.Ashvin, 7), "maha saptami", ["maha saptami"]),
        // Dussehra: the dashami at midday matches the published dates of 2016–2025 but for 2022 (one day early);
        // Duckling's corpus has 18 October 2018, a day before the usual 19th.
        (new HinduLunarDay(LunarMonth.Ashvin, 10, DayMoment.Midday), "dussehra", ["dussehra", "dasara", "dashain", "vijayadashami", "vijaya dashami"]),
        (new HinduLunarDay(LunarMonth.Ashvin, 15), "valmiki jayanti", ["valmiki jayanti", "maharishi valmiki jayanti", "pargat diwas"]),
        (new HinduLunarDay(LunarMonth.Ashvin, 19, DayMoment.Evening), "karva chauth", ["karva chauth", "karwa chauth"]),
        (new HinduLunarDay(LunarMonth.Ashvin, 28, DayMoment.Evening), "dhanteras", ["dhanteras", "dhan teras", "dhanatrayodashi"]),
        (new HinduLunarDay(LunarMonth.Ashvin, 29, DayMoment.Evening), "naraka chaturdashi", ["kali chaudas", "choti diwali", "chhoti diwali", "naraka chaturdashi", "narak chaturdashi"]),
        (new HinduLunarDay(LunarMonth.Ashvin, 30, DayMoment.Evening), "diwali", ["diwali", "deepavali", "divali", "lakshmi puja"]),
        (new HinduLunarDay(LunarMonth.Kartika, 2, DayMoment.Midday), "bhai dooj", ["bhai dooj", "bhaiya dooj", "bhai tika", "bhau beej"]),
        (new HinduLunarDay(LunarMonth.Kartika, 6), "chhath", ["chhath", "chhath puja", "dala puja", "dala chhath", "surya shashthi"]),
        (new HinduLunarDay(LunarMonth.Pausha, 7), "guru gobind singh jayanti", ["guru gobind singh jayanti", "guru gobind singh birthday", "guru govind singh jayanti", "guru govind singh birthday"]),
        (new HinduLunarDay(LunarMonth.Magha, 5), "vasant panchami", ["vasant panchami", "basant panchami"]),
        (new HinduLunarDay(LunarMonth.Magha, 15), "guru ravidas jayanti", ["guru ravidas jayanti", "guru ravidass jayanti", "guru ravidas birthday", "guru ravidass birthday", "ravidas jayanti"]),
        (new HinduLunarDay(LunarMonth.Magha, 29, DayMoment.Midnight), "maha shivaratri", ["maha shivaratri", "maha shivratri", "mahashivaratri", "mahashivratri"]),
        (new HinduLunarDay(LunarMonth.Phalguna, 15, DayMoment.Evening), "holika dahan", ["holika dahan", "chhoti holi", "choti holi", "kamudu pyre"]),
        (new HinduLunarDay(LunarMonth.Phalguna, 15, DayMoment.Evening, Shift: 1), "holi", ["holi", "dhulandi", "dhuleti", "phagwah"]),

        // Indian solar calendars: the Sun's entry into a sidereal sign.
        (new SolarTransitDay(0), "vaisakhi", ["vaisakhi", "baisakhi", "vasakhi", "vaishakhi"]),
        (new SolarTransitDay(0, 24, TransitDay.Bengali), "rabindra jayanti", ["rabindra jayanti", "rabindranath jayanti", "rabindranath tagore jayanti"]),
        (new SolarTransitDay(9, -1), "bhogi", ["bogi pandigai", "bhogi pandigai", "bhogi"]),
        (new SolarTransitDay(9), "makar sankranti", ["makar sankranti", "makara sankranti", "makar sankranthi", "makara sankranthi", "maghi", "pongal", "thai pongal"]),
        (new SolarTransitDay(9, 1), "mattu pongal", ["maattu pongal", "mattu pongal"]),
        (new SolarTransitDay(9, 2), "kaanum pongal", ["kaanum pongal", "kanni pongal", "kanum pongal"]),
        (new NakshatraDay(21, 4), "onam", ["onam", "thiru onam", "thiruvonam"]),

        // Parsi (Shahenshahi) calendar.
        (new ParsiNewYear(), "parsi new year", ["parsi new year", "jamshedi navroz"]),
    ]);

    /// <summary>Splits each name into words at spaces and hyphens, as the grammar reads them.</summary>
    private static List<(string[] Words, Holiday Holiday)> Build(IEnumerable<(CalendarRule Rule, string Name, string[] Aliases)> holidays) =>
        [.. holidays.SelectMany(h => h.Aliases.Select(alias =>
            (alias.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries), new Holiday(h.Name, Rule: h.Rule))))];
}
