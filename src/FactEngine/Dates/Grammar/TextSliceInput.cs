using Sprache;

namespace FactEngine.Dates;

/// <summary>A Sprache input over text[position..end) of a larger string, so the grammar can start
/// anywhere in a sentence without copying it. Positions are offsets into the whole string.</summary>
internal sealed class TextSliceInput : IInput
{
    private readonly int _end;
    private Dictionary<object, object>? _memos;

    public TextSliceInput(string source, int position, int end)
    {
        Source = source;
        Position = position;
        _end = end;
    }

    public string Source { get; }

    public int Position { get; }

    public char Current => Source[Position];

    public bool AtEnd => Position >= _end;

    public int Line => 1;

    public int Column => Position + 1;

    public IDictionary<object, object> Memos => _memos ??= [];

    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("Cannot advance past the end of the input.");
        }

        return new TextSliceInput(Source, Position + 1, _end);
    }

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source.Length, Position);
}
