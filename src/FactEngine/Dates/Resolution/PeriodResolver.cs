namespace FactEngine.Dates;

/// <summary>Resolves decades, centuries, seasons, quarters and halves.</summary>
internal static class PeriodResolver
{
    public static TemporalValue Decade(DecadeDate decade) =>
        new(TemporalKind.Date, TimexFormat.Decade(decade.StartYear), Grain.Decade, Anchor.Explicit);

    public static TemporalValue Century(CenturyDate century) =>
        new(TemporalKind.Date, TimexFormat.Century(century.Ordinal), Grain.Century, Anchor.Explicit);

    public static TemporalValue Season(SeasonDate season, DateContext context)
    {
        if (season.Year is int year)
        {
            return new(TemporalKind.Date, TimexFormat.Season(year, season.Season), Grain.Season, Anchor.Explicit);
        }

        if (context.Reference is not DateOnly reference)
        {
            return new(TemporalKind.Date, $"XXXX-{TimexFormat.SeasonCode(season.Season)}", Grain.Season, Anchor.None, Resolved: false);
        }

        var start = SeasonStartMonth(season.Season);
        var chosen = season.Relation switch
        {
            Relation.Last => start + 3 <= reference.Month ? reference.Year : reference.Year - 1,
            Relation.Next => start > reference.Month ? reference.Year : reference.Year + 1,
            Relation.This => reference.Year,
            _ => YearChoice.Choose(reference, context, y => (new DateOnly(y, start, 1), new DateOnly(y, start, 1).AddMonths(3).AddDays(-1))),
        };
        return new(TemporalKind.Date, TimexFormat.Season(chosen, season.Season), Grain.Season, Anchor.Publication);
    }

    public static TemporalValue Quarter(QuarterDate quarter, DateContext context)
    {
        var number = quarter.Number
            ?? (context.Reference is DateOnly r ? CalendarMath.QuarterOf(r.AddMonths(-3).Month) : 1);
        if (quarter.Year is int year)
        {
            return new(TemporalKind.Date, TimexFormat.Quarter(year, number), Grain.Quarter, Anchor.Explicit);
        }

        if (context.Reference is not DateOnly reference)
        {
            return new(TemporalKind.Date, quarter.Number is null ? "XXXX-QX" : $"XXXX-Q{number}", Grain.Quarter, Anchor.None, Resolved: false);
        }

        var chosen = quarter.Relation switch
        {
            Relation.Last => reference.Year - 1,
            Relation.Next => reference.Year + 1,
            Relation.This => reference.Year,
            _ => YearChoice.Choose(reference, context with { Tense = QuarterTense(context.Tense) }, y => QuarterSpan(y, number)),
        };
        return new(TemporalKind.Date, TimexFormat.Quarter(chosen, number), Grain.Quarter, Anchor.Publication);
    }

    /// <summary>A half of a written year, or of a year counted from the reference ("the first half of next year").</summary>
    public static TemporalValue Half(HalfYear half, DateContext context)
    {
        if (half.Year is int year)
        {
            return new(TemporalKind.Date, TimexFormat.Half(year, half.Half), Grain.Half, Anchor.Explicit);
        }

        return context.Reference is DateOnly reference
            ? new(TemporalKind.Date, TimexFormat.Half(reference.Year + half.YearOffset, half.Half), Grain.Half, Anchor.Publication)
            : new(TemporalKind.Date, $"XXXX-H{half.Half}", Grain.Half, Anchor.None, Resolved: false);
    }

    /// <summary>News writes "the third quarter" about the reference year's quarter even in future-tense
    /// forecasts ("will report third-quarter results"), so only a past tense moves it.</summary>
    private static Tense QuarterTense(Tense tense) => tense == Tense.Past ? Tense.Past : Tense.Unknown;

    private static (DateOnly First, DateOnly Last) QuarterSpan(int year, int number)
    {
        var first = new DateOnly(year, (3 * number) - 2, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }

    private static int SeasonStartMonth(Season season) => season switch
    {
        Dates.Season.Spring => 3,
        Dates.Season.Summer => 6,
        Dates.Season.Fall => 9,
        _ => 12,
    };
}
