using System.Text;
using System.Text.Unicode;

namespace FactEngine.Reading;

/// <summary>
/// Reads articles from files, folders (recursively, in path order) and standard input ("-"), in input order.
/// Every input yields results: an unreadable file, invalid UTF-8, an over-large article or a malformed JSON
/// line becomes an error result naming the input, and reading goes on with the rest.
/// </summary>
public static class ArticleReader
{
    public const string StandardInput = "-";

    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];
    private static readonly string[] FolderExtensions = [".txt", ".jsonl", ".ndjson", ".json"];

    public static IEnumerable<ArticleReadResult> Read(IEnumerable<string> inputs, ReadOptions? options = null, TextReader? stdin = null)
    {
        options ??= ReadOptions.Default;
        foreach (var input in inputs)
        {
            if (input == StandardInput)
            {
                foreach (var result in ReadStandardInput(stdin ?? Console.In, options))
                {
                    yield return result;
                }
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in EnumerateFolder(input))
                {
                    foreach (var result in ReadFile(file, options))
                    {
                        yield return result;
                    }
                }
            }
            else
            {
                foreach (var result in ReadFile(input, options))
                {
                    yield return result;
                }
            }
        }
    }

    public static IEnumerable<ArticleReadResult> ReadFile(string path, ReadOptions options)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        if (!File.Exists(path))
        {
            return [ArticleReadResult.Failed(id, path, $"{path}: no such file or folder")];
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        return JsonLinesExtensions.Contains(extension) ? ReadJsonLines(path, options) : [ReadDocument(path, id, options)];
    }

    /// <summary>Parses one article from text already in memory: dump format when it fits, else plain text.</summary>
    public static Article FromText(string text, string id, string source, DateOnly? defaultDate = null) =>
        DumpFormat.TryRead(text, id, source, out var article) && article is not null
            ? article
            : new Article(id, defaultDate, null, null, source, [new ArticleRendering(ArticleRendering.Text, text)]);

    private static IEnumerable<string> EnumerateFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => FolderExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);

    private static ArticleReadResult ReadDocument(string path, string id, ReadOptions options)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxArticleBytes)
            {
                return ArticleReadResult.Failed(id, path, TooLarge(path, length, options));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ArticleReadResult.Failed(id, path, $"{path}: cannot read: {e.Message}");
        }

        if (!TryDecode(bytes, out var text, out var badOffset))
        {
            return ArticleReadResult.Failed(id, path, $"{path}: not valid UTF-8 (first bad byte at offset {badOffset})");
        }

        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return JsonArticleFormat.Read(bytes, id, path, options);
        }

        return ArticleReadResult.Ok(FromText(text, id, path, options.DefaultDate));
    }

    private static IEnumerable<ArticleReadResult> ReadJsonLines(string path, ReadOptions options)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ArticleReadResult.Failed(Path.GetFileNameWithoutExtension(path), path, $"{path}: cannot read: {e.Message}")];
        }

        return ReadJsonLines(stream, path, options);
    }

    private static IEnumerable<ArticleReadResult> ReadJsonLines(Stream stream, string path, ReadOptions options)
    {
        using (stream)
        {
            var baseName = Path.GetFileNameWithoutExtension(path);
            foreach (var line in new ByteLineReader(stream, options.MaxArticleBytes).ReadLines())
            {
                var source = $"{path}:{line.Number}";
                var fallbackId = $"{baseName}:{line.Number}";
                if (line.Bytes is null)
                {
                    yield return ArticleReadResult.Failed(fallbackId, source, TooLarge(source, line.Length, options));
                    continue;
                }

                if (IsBlank(line.Bytes))
                {
                    continue;
                }

                if (!Utf8.IsValid(line.Bytes))
                {
                    TryDecode(line.Bytes, out _, out var bad);
                    yield return ArticleReadResult.Failed(fallbackId, source, $"{source}: not valid UTF-8 (first bad byte at column {bad + 1})");
                    continue;
                }

                yield return JsonArticleFormat.Read(line.Bytes, fallbackId, source, options);
            }
        }
    }

    private static IEnumerable<ArticleReadResult> ReadStandardInput(TextReader reader, ReadOptions options)
    {
        var text = reader.ReadToEnd();
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{'))
        {
            var bytes = new MemoryStream(Encoding.UTF8.GetBytes(text));
            return ReadJsonLines(bytes, "stdin", options);
        }

        return [ArticleReadResult.Ok(FromText(text, "stdin", StandardInput, options.DefaultDate))];
    }

    private static bool TryDecode(byte[] bytes, out string text, out int badOffset)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var span = bytes.AsSpan(start);
        if (Utf8.IsValid(span))
        {
            text = Encoding.UTF8.GetString(span);
            badOffset = -1;
            return true;
        }

        text = string.Empty;
        badOffset = start + FirstInvalidByte(span);
        return false;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> span)
    {
        var chars = new char[span.Length];
        Utf8.ToUtf16(span, chars, out var bytesRead, out _, replaceInvalidSequences: false);
        return bytesRead;
    }

    private static bool IsBlank(byte[] bytes) => bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r');

    private static string TooLarge(string source, long length, ReadOptions options) =>
        $"{source}: article is {length:N0} bytes, over the limit of {options.MaxArticleBytes:N0} (--max-article-bytes)";
}
