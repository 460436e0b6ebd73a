using System.Globalization;

namespace FactEngine.Reading;

/// <summary>
/// The seed dump format: line 1 is the title, subtitle and body with punctuation stripped; line 2 the
/// publication date <c>YYYYMMDD</c>; line 3 the URL; the rest the body paragraphs, punctuated, in any order.
/// </summary>
internal static class DumpFormat
{
    public static bool TryRead(string text, string id, string source, out Article? article)
    {
        article = null;
        var firstBreak = text.IndexOf('\n');
        if (firstBreak < 0)
        {
            return false;
        }

        var secondBreak = text.IndexOf('\n', firstBreak + 1);
        if (secondBreak < 0)
        {
            return false;
        }

        var thirdBreak = text.IndexOf('\n', secondBreak + 1);
        var dateLine = text[(firstBreak + 1)..secondBreak].Trim();
        var urlLine = (thirdBreak < 0 ? text[(secondBreak + 1)..] : text[(secondBreak + 1)..thirdBreak]).Trim();
        if (!DateOnly.TryParseExact(dateLine, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !LooksLikeUrl(urlLine))
        {
            return false;
        }

        var flat = text[..firstBreak].TrimEnd('\r');
        var paragraphs = thirdBreak < 0 ? string.Empty : text[(thirdBreak + 1)..];
        article = new Article(id, date, urlLine, null, source,
        [
            new ArticleRendering(ArticleRendering.Flat, flat),
            new ArticleRendering(ArticleRendering.Paragraphs, paragraphs),
        ]);
        return true;
    }

    private static bool LooksLikeUrl(string line) =>
        line.Length > 0 && !line.Contains(' ')
        && (line.Contains("://", StringComparison.Ordinal) || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
}
