namespace FactEngine.Dates;

/// <summary>Finds date expressions in text: a cheap scan picks the words that can begin a date
/// (<see cref="DateStartWords"/>), and the Sprache grammar runs only there.</summary>
public static class DateRecognizer
{
    /// <summary>Finds non-overlapping date expressions in text[start..end), left to right, longest first.</summary>
    public static IReadOnlyList<DateExpressionMatch> Find(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = new List<DateExpressionMatch>();
        var slice = TextSliceInput.Create(text, start, end);
        var position = start;
        while (position < end)
        {
            if (!IsWordStart(text, start, position) || !DateStartWords.CanStartDate(text, position, end))
            {
                position++;
                continue;
            }

            var read = DateGrammar.TryRead(slice.At(position));
            if (read is { } found && EndsOnWordBoundary(text, found.End, end))
            {
                var matchEnd = TrimEnd(text, position, found.End);
                var expression = VagueFutureRule.Apply(QuarterContextRule.Apply(found.Expression, text, start, end, position, matchEnd),
                    text, start, end, position, matchEnd);
                expression = expression is null ? null : DeferralRule.Apply(SuperlativeRule.Apply(expression, text, start, end, position), text, start, position);
                expression = expression is null ? null : NumericNameRule.Apply(expression, text, start, position, matchEnd);
                expression = expression is AnaphoricDay day && matches.Count > 0
                    && AppositionRule.NamesSameDay(day, text, matches[^1].End, position, matchEnd, end) ? day with { Offset = 0 } : expression;
                if (NotDateRule.IsCount(text, end, position, matchEnd))
                {
                    position = SkipWord(text, position, end);
                    continue;
                }

                if (expression is not null && !NotDateRule.Applies(expression, text, start, end, position, matchEnd))
                {
                    matches.Add(new DateExpressionMatch(position, matchEnd, expression));
                    if ((expression as CalendarDate ?? (expression as DeferredDate)?.Date as CalendarDate) is { } date)
                    {
                        var listed = DayListRule.Following(date, text, matchEnd, end);
                        matches.AddRange(listed);
                        matchEnd = listed.Count > 0 ? listed[^1].End : matchEnd;
                    }
                }

                position = matchEnd;
            }
            else
            {
                position = SkipWord(text, position, end);
            }
        }

        return matches;
    }

    private static bool IsWordStart(string text, int start, int position) =>
        (char.IsLetterOrDigit(text[position]) && (position == start || !char.IsLetterOrDigit(text[position - 1]))
            && !InsideNumber(text, start, position) && !NotDateRule.InsideCode(text, start, position))
        || (text[position] == '\'' && position + 1 < text.Length && char.IsDigit(text[position + 1]));

    /// <summary>"1-2-3", "10.1", "2014/13/22": a digit after a digit and a separator continues a number.</summary>
    private static bool InsideNumber(string text, int start, int position) =>
        char.IsDigit(text[position]) && position - 2 >= start
        && text[position - 1] is '-' or '/' or '.' or ':' or ',' && char.IsDigit(text[position - 2]);

    private static bool EndsOnWordBoundary(string text, int position, int end) =>
        position >= end || !char.IsLetterOrDigit(text[position]) || !char.IsLetterOrDigit(text[position - 1]);

    /// <summary>Drops trailing spaces and commas the grammar consumed while looking for more, and a period
    /// that ends the sentence rather than an abbreviation ("Monday." but "Jan.").</summary>
    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start + 1 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        if (end > start + 1 && text[end - 1] == '.' && !EndsWithAbbreviation(text, start, end - 1))
        {
            end--;
        }

        return end;
    }

    private static bool EndsWithAbbreviation(string text, int start, int end)
    {
        var letters = 0;
        while (end - letters > start && char.IsLetter(text[end - letters - 1]))
        {
            letters++;
        }

        return letters > 0 && DateWords.Abbreviations.Contains(text.Substring(end - letters, letters));
    }

    private static int SkipWord(string text, int position, int end)
    {
        var next = position + 1;
        if (!char.IsLetterOrDigit(text[position]))
        {
            return next;
        }

        while (next < end && char.IsLetterOrDigit(text[next]))
        {
            next++;
        }

        return next;
    }
}
