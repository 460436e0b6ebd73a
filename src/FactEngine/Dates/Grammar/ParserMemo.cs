using Sprache;

namespace FactEngine.Dates;

/// <summary>Packrat memoisation: a parser's result at an input is stored on that input, so the longest-match
/// choices, which read the same words through many alternatives, parse each word and sub-date once.</summary>
internal static class ParserMemo
{
    public static Parser<T> Memoized<T>(this Parser<T> parser)
    {
        var key = new object();
        return input =>
        {
            if (input.Memos.TryGetValue(key, out var cached))
            {
                return (IResult<T>)cached;
            }

            var result = parser(input);
            input.Memos[key] = result;
            return result;
        };
    }
}
