using Sprache;

namespace FactEngine.Dates;

/// <summary>Packrat memoisation: a parser's result at an input is stored on that input, so the longest-match
/// choices, which read the same words through many alternatives, parse each word and sub-date once. Each memoised
/// parser owns a numbered slot; a <see cref="TextSliceInput"/> keeps its results in a small array, other inputs in
/// Sprache's <see cref="IInput.Memos"/>.</summary>
internal static class ParserMemo
{
    private static int _count;

    /// <summary>How many memoised parsers exist: the size of a position's slot array.</summary>
    public static int Count => Volatile.Read(ref _count);

    public static Parser<T> Memoized<T>(this Parser<T> parser)
    {
        var slot = Interlocked.Increment(ref _count) - 1;
        var key = new object();
        return input =>
        {
            if (input is TextSliceInput slice)
            {
                var slots = slice.MemoSlots(slot);
                if (slots[slot] is IResult<T> found)
                {
                    return found;
                }

                var read = parser(input);
                slice.MemoSlots(slot)[slot] = read;
                return read;
            }

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
