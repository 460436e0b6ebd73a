namespace FactEngine.Text;

/// <summary>
/// Maps typographic characters to their plain forms for matching, one char for one char, so that
/// offsets into the normalised text are offsets into the original.
/// </summary>
public static class CharNormalizer
{
    public static char Normalize(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' => ' ',
        '\u2026' => '.',
        _ => c,
    };

    /// <summary>Returns the text with every character normalised (same length as the input).</summary>
    public static string Normalize(string text)
    {
        var first = 0;
        while (first < text.Length && ((text[first] < 128 && text[first] != '`') || Normalize(text[first]) == text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            for (var i = state.first; i < chars.Length; i++)
            {
                chars[i] = Normalize(chars[i]);
            }
        });
    }
}
