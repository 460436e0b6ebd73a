namespace FactEngine.Reading;

/// <summary>
/// Reads a stream as lines of raw bytes ('\n'-separated, a trailing '\r' dropped) without decoding, so that a
/// bad line is reported on its own and an over-long line is skipped instead of loaded.
/// </summary>
internal sealed class ByteLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _chunk = new byte[1 << 16];
    private int _chunkStart;
    private int _chunkEnd;

    /// <summary>One line: its bytes, or null with <see cref="Line.Length"/> when it was longer than the limit.</summary>
    public readonly record struct Line(int Number, byte[]? Bytes, long Length);

    public IEnumerable<Line> ReadLines()
    {
        var number = 0;
        var buffer = new MemoryStream();
        long length = 0;
        var tooLong = false;
        while (true)
        {
            if (_chunkStart == _chunkEnd)
            {
                _chunkEnd = stream.Read(_chunk, 0, _chunk.Length);
                _chunkStart = 0;
                if (_chunkEnd == 0)
                {
                    if (length > 0)
                    {
                        yield return Finish(++number, buffer, length, tooLong);
                    }

                    yield break;
                }
            }

            var newline = Array.IndexOf(_chunk, (byte)'\n', _chunkStart, _chunkEnd - _chunkStart);
            var take = (newline < 0 ? _chunkEnd : newline) - _chunkStart;
            length += take;
            tooLong |= length > maxLineBytes;
            if (!tooLong)
            {
                buffer.Write(_chunk, _chunkStart, take);
            }

            if (newline < 0)
            {
                _chunkStart = _chunkEnd;
                continue;
            }

            _chunkStart = newline + 1;
            yield return Finish(++number, buffer, length, tooLong);
            buffer.SetLength(0);
            length = 0;
            tooLong = false;
        }
    }

    private static Line Finish(int number, MemoryStream buffer, long length, bool tooLong)
    {
        if (tooLong)
        {
            return new Line(number, null, length);
        }

        var bytes = buffer.ToArray();
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            Array.Resize(ref bytes, bytes.Length - 1);
        }

        return new Line(number, bytes, bytes.Length);
    }
}
