using FactEngine.Text;

namespace FactEngine.Matching;

/// <summary>Maps character spans onto whole tokens.</summary>
internal static class TokenSpan
{
    /// <summary>The tokens of a sentence that overlap [start, end), or null when none does: a date read inside a
    /// token ("9/11" in "post-9/11", whose first token is "post-9") still covers that token for matching; the
    /// mention keeps the date's own characters as its text.</summary>
    public static (int First, int End)? Align(IReadOnlyList<Token> tokens, Sentence sentence, int start, int end)
    {
        var first = -1;
        var last = -1;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (token.End > start && token.Start < end)
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
