using FactEngine.Text;

namespace FactEngine.Matching;

/// <summary>Maps character spans onto whole tokens.</summary>
internal static class TokenSpan
{
    /// <summary>The tokens of a sentence that lie within [start, end), or null when none does.</summary>
    public static (int First, int End)? Align(IReadOnlyList<Token> tokens, Sentence sentence, int start, int end)
    {
        var first = -1;
        var last = -1;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (token.Start >= start && token.End <= end)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
            else if (token.Start >= end)
            {
                break;
            }
        }

        return first < 0 ? null : (first, last + 1);
    }
}
