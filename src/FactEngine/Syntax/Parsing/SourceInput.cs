using Sprache;

namespace FactEngine.Syntax.Parsing;

/// <summary>
/// Sprache input over a slice of a larger text, so that every position the parser reports is an offset
/// into the whole file (statements are parsed one by one, each from its own offset).
/// </summary>
internal sealed class SourceInput(string source, int position, int end) : IInput
{
    public string Source => source;

    public char Current => source[position];

    public bool AtEnd => position >= end;

    public int Position => position;

    public int Line => 1;

    public int Column => position + 1;

    /// <summary>
    /// Always empty: Sprache's <c>Parse.Ref</c> memoises results per input to detect left recursion and
    /// throws when a failed reference is tried again at the same input, which backtracking here does.
    /// The grammar has no left recursion, so nothing is remembered.
    /// </summary>
    public IDictionary<object, object> Memos => new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("The input is already at its end.");
        }

        return new SourceInput(source, position + 1, end);
    }

    public bool Equals(IInput? other) =>
        other is SourceInput input && ReferenceEquals(input.Source, source) && input.Position == position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(source.Length, position);
}
