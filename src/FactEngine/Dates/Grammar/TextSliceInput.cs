using Sprache;

namespace FactEngine.Dates;

/// <summary>A Sprache input over text[start..end) of a larger string, so the grammar can start anywhere in a
/// sentence without copying it. Positions are offsets into the whole string. All inputs of one slice share
/// one instance per position, so results memoised on an input (<see cref="ParserMemo"/>) are found again
/// whichever path of the grammar reaches that position.</summary>
internal sealed class TextSliceInput : IInput
{
    private readonly TextSliceInput?[] _positions;
    private readonly int _start;
    private readonly int _end;
    private Dictionary<object, object>? _memos;
    private object?[]? _slots;

    private TextSliceInput(string source, int position, int start, int end, TextSliceInput?[] positions)
    {
        Source = source;
        Position = position;
        _start = start;
        _end = end;
        _positions = positions;
    }

    /// <summary>A new slice; <see cref="At"/> gives its inputs.</summary>
    public static TextSliceInput Create(string source, int start, int end) =>
        new(source, start, start, end, new TextSliceInput?[end - start + 1]);

    public string Source { get; }

    public int Position { get; }

    public char Current => Source[Position];

    public bool AtEnd => Position >= _end;

    /// <summary>The start of the slice: an offset into <see cref="Source"/>.</summary>
    public int Start => _start;

    /// <summary>The end of the slice: an offset into <see cref="Source"/>.</summary>
    public int End => _end;

    public int Line => 1;

    public int Column => Position + 1;

    public IDictionary<object, object> Memos => _memos ??= [];

    /// <summary>The memo slots of this position (see <see cref="ParserMemo"/>), long enough to hold <paramref name="slot"/>.</summary>
    public object?[] MemoSlots(int slot)
    {
        if (_slots is null || _slots.Length <= slot)
        {
            var grown = new object?[Math.Max(ParserMemo.Count, slot + 1)];
            _slots?.CopyTo(grown, 0);
            _slots = grown;
        }

        return _slots;
    }

    /// <summary>The input of this slice at <paramref name="position"/>.</summary>
    public TextSliceInput At(int position) =>
        _positions[position - _start] ??= new TextSliceInput(Source, position, _start, _end, _positions);

    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("Cannot advance past the end of the input.");
        }

        return At(Position + 1);
    }

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source.Length, Position);
}
