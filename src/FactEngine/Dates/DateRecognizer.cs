namespace FactEngine.Dates;

/// <summary>Finds date expressions in text (stub: the date grammar replaces this).</summary>
public static class DateRecognizer
{
    /// <summary>Finds non-overlapping date expressions in text[start..end), left to right, longest first.</summary>
    public static IReadOnlyList<DateExpressionMatch> Find(string text, int start, int end) => [];
}
