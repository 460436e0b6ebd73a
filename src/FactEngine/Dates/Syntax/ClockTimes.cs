namespace FactEngine.Dates;

/// <summary>A time of day: "9 a.m." (9, 0), "3:30 p.m." (15, 30), "14:30", "noon" (12, 0), "midnight" (24, 0: the end
/// of the day, as TIMEX3 writes it). <paramref name="MinutesWritten"/> is false when only the hour was written ("9
/// a.m.", "4 o'clock", "4 in the morning"): the value then has the grain hour. <paramref name="Zone"/> is the time-zone
/// abbreviation after it ("9 a.m. EST"), in capitals, or null.</summary>
public sealed record ClockTime(int Hour, int Minute, bool MinutesWritten, string? Zone = null) : DateExpression;

/// <summary>A day with a clock time, on either side: "9 a.m. Tuesday", "at 3:30 p.m. on Friday", "Tuesday at noon",
/// "March 3 at 9 a.m.". The day resolves as it would alone; the time is appended (2000-04-04T09:00).</summary>
public sealed record DateAtTime(DateExpression Date, ClockTime Time) : DateExpression;

/// <summary>A clock time in a named part of a day: "tonight at 8", "8 this evening", "this afternoon at 3:20",
/// "tomorrow morning at 9", "9 tomorrow evening", "Saturday morning at 9". The part fixes the half of the day of a bare
/// hour ("at 8" tonight is 20:00), already applied to <paramref name="Time"/>. <paramref name="Day"/> is null for the
/// current part ("tonight", "this morning"): the reference day, or in forward mode the time's next occurrence.</summary>
public sealed record TimeInPartOfDay(DateExpression? Day, ClockTime Time) : DateExpression;

/// <summary>Minutes from the reference: "in 2 minutes", "2 minutes from now", "in half an hour", "in a quarter of an
/// hour". In forward mode with the reference's time of day, that moment; otherwise the length of time.</summary>
public sealed record MinutesFromNow(int Minutes) : DateExpression;
