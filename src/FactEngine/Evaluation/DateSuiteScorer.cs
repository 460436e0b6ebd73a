using FactEngine.Dates;

namespace FactEngine.Evaluation;

/// <summary>Scores the date grammar on a conformance suite (JSON Lines, see <see cref="DateSuiteCase"/>):
/// runs <see cref="DateRecognizer.Find"/> and <see cref="DateResolver.Resolve"/> on each text, with the case's
/// reference date and the tense from <see cref="TenseGuesser"/>; consecutive sentences of one document (same
/// <c>source</c>) share the previous date, as sentences of an article do in the engine. A gold DATE is correct when a found mention
/// overlaps its span with an equal value (for a range, its start or its end); a found Date mention is spurious when it overlaps no gold expression.</summary>
public static class DateSuiteScorer
{
    public const string DateType = "DATE";

    public const string TimeType = "TIME";

    /// <summary>Scores the gold of <paramref name="goldType"/>: DATE, or TIME, scored the same way against the mentions
    /// that carry a clock time (a day with a time, or a time alone).</summary>
    public static DateSuiteReport Score(IEnumerable<string> jsonLines, DateMode mode, DateValueMatching matching = DateValueMatching.Exact,
        string goldType = DateType)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        int cases = 0, gold = 0, correct = 0, found = 0, spurious = 0;
        var errors = new List<DateSuiteError>();
        string? document = null;
        TemporalValue? previous = null;
        foreach (var line in jsonLines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var suiteCase = DateSuiteCase.Read(line);
            if (suiteCase.Source is null || suiteCase.Source != document)
            {
                previous = null;
            }

            document = suiteCase.Source;
            var mentions = FoundMention.FindAll(suiteCase.Text, suiteCase.Reference, mode, ref previous, suiteCase.ReferenceTime, suiteCase.ReferenceOffset);
            var reference = suiteCase.Reference?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none";
            cases++;
            foreach (var timex in suiteCase.Expected.Where(t => t.Type == goldType))
            {
                gold++;
                var overlapping = mentions.Where(m => m.Overlaps(timex.Start, timex.End)).ToList();
                if (overlapping.Any(m => DateValueComparer.Matches(timex.Value, m.Value.Value, matching)
                    || (m.Value.End is { } rangeEnd && DateValueComparer.Matches(timex.Value, rangeEnd, matching))))
                {
                    correct++;
                    continue;
                }

                var got = overlapping.FirstOrDefault();
                errors.Add(new DateSuiteError(suiteCase.Text, reference, timex.Span, timex.Value, got?.Text, got?.Value.Value));
            }

            foreach (var mention in mentions.Where(m => goldType == TimeType ? HasClockTime(m.Value) : m.Value.Kind == TemporalKind.Date))
            {
                found++;
                if (!suiteCase.Expected.Any(t => mention.Overlaps(t.Start, t.End)))
                {
                    spurious++;
                    errors.Add(new DateSuiteError(suiteCase.Text, reference, null, null, mention.Text, mention.Value.Value));
                }
            }
        }

        return new DateSuiteReport(cases, gold, correct, found, spurious, errors);
    }

    /// <summary>A time alone (T15:00) or a day with a time (2000-04-04T09:00); not PRESENT_REF.</summary>
    private static bool HasClockTime(TemporalValue value)
    {
        var t = value.Value.IndexOf('T', StringComparison.Ordinal);
        return value.Kind is TemporalKind.Date or TemporalKind.Time && t >= 0 && t + 1 < value.Value.Length && char.IsDigit(value.Value[t + 1]);
    }
}
