namespace FactEngine.Matching;

/// <summary>The mentions of a rendering, by the token they start at, longest first.</summary>
public sealed class MentionTable
{
    private readonly List<Mention>?[] _startingAt;

    public MentionTable(int tokenCount) => _startingAt = new List<Mention>?[tokenCount];

    public IReadOnlyList<Mention> StartingAt(int token) =>
        token < _startingAt.Length && _startingAt[token] is { } list ? list : [];

    public IEnumerable<Mention> All => _startingAt.Where(l => l is not null).SelectMany(l => l!);

    public void Add(Mention mention)
    {
        var list = _startingAt[mention.FirstToken] ??= [];
        var at = list.FindIndex(m => m.TokenCount < mention.TokenCount);
        list.Insert(at < 0 ? list.Count : at, mention);
    }

    /// <summary>Mentions inside tokens [first, end), in text order, longest first where they overlap.</summary>
    public IEnumerable<Mention> Within(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            foreach (var mention in StartingAt(i))
            {
                if (mention.EndToken <= end)
                {
                    yield return mention;
                }
            }
        }
    }
}
