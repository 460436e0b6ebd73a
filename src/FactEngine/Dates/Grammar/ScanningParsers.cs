using Sprache;

namespace FactEngine.Dates;

/// <summary>Hot primitive parsers that scan the source string directly instead of advancing Sprache's input
/// a character at a time, and fail without building error messages: the grammar calls them at every
/// alternative, so they decide most of the recognizer's speed.</summary>
internal static class ScanningParsers
{
    private static readonly string[] NoExpectations = [];

    /// <summary>A run of characters matching <paramref name="accept"/>; at least <paramref name="minimum"/> of them.</summary>
    public static Parser<string> Run(Func<char, bool> accept, int minimum, string name) => input =>
    {
        var source = input.Source;
        var position = input.Position;
        var stop = position;
        var rest = input;
        if (input is TextSliceInput slice)
        {
            while (stop < slice.End && accept(source[stop]))
            {
                stop++;
            }

            rest = slice.At(stop);
        }
        else
        {
            while (!rest.AtEnd && accept(rest.Current))
            {
                stop++;
                rest = rest.Advance();
            }
        }

        return stop - position >= minimum
            ? Result.Success(source.Substring(position, stop - position), rest)
            : Result.Failure<string>(input, name, NoExpectations);
    };

    /// <summary>A parsed value kept only when <paramref name="predicate"/> holds; fails without formatting a message.</summary>
    public static Parser<T> Keep<T>(this Parser<T> parser, Func<T, bool> predicate, string name) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful && !predicate(result.Value)
            ? Result.Failure<T>(input, name, NoExpectations)
            : result;
    };
}
