using System.Text;
using FactEngine.Reading;
using FactEngine.Tests.Support;

namespace FactEngine.Tests.Reading;

public class ArticleReaderTests
{
    private static List<ArticleReadResult> Read(params (string Name, string Text)[] files) =>
        [.. ArticleReader.Read([TestRules.Folder(files)])];

    [Fact]
    public void The_dump_format_gives_two_renderings_with_date_and_url()
    {
        var result = Read(("seed.txt", "Title flat body\n20220204\nhttps://tass.com/world/1\nFirst paragraph.\nSecond one.")).Single();
        var article = result.Article!;
        (article.Id, article.Date, article.Url).ShouldBe(("seed", new DateOnly(2022, 2, 4), "https://tass.com/world/1"));
        article.Renderings.Select(r => (r.Name, r.Content)).ShouldBe(
            [("flat", "Title flat body"), ("paragraphs", "First paragraph.\nSecond one.")]);
    }

    [Fact]
    public void Plain_text_takes_the_default_date_and_the_file_name_as_id()
    {
        var folder = TestRules.Folder(("notes/plain.txt", "Kyiv received aid.\nMore text."));
        var article = ArticleReader.Read([folder], new ReadOptions(new DateOnly(2023, 1, 2))).Single().Article!;
        (article.Id, article.Date, article.Renderings.Single().Name).ShouldBe(("plain", new DateOnly(2023, 1, 2), "text"));
    }

    [Fact]
    public void Every_json_line_is_an_article_or_an_error_naming_its_line()
    {
        var results = Read(("corpus.jsonl", string.Join('\n',
            """{"id": "a", "date": "2022-03-01", "url": "u", "title": "t", "text": "Hello.", "extra": 1}""",
            """{"id": "b", "text": """,
            "",
            """{"id": "c", "date": "2022-03-02"}""",
            """{"id": "d", "text": "Fine."}""")));
        results.Select(r => (r.Id, r.Error is null)).ShouldBe([("a", true), ("corpus:2", false), ("c", false), ("d", true)]);
        results[1].Error!.ShouldContain("corpus.jsonl:2");
        results[1].Error!.ShouldContain("malformed JSON");
        results[0].Article!.Date.ShouldBe(new DateOnly(2022, 3, 1));
    }

    [Fact]
    public void Invalid_utf8_and_oversized_articles_are_errors_and_reading_goes_on()
    {
        var folder = TestRules.Folder(("b-ok.txt", "Fine text."), ("c-big.txt", new string('x', 2000)));
        File.WriteAllBytes(Path.Combine(folder, "a-bad.txt"), [.. Encoding.UTF8.GetBytes("Bad "), 0xC3, 0x28, .. "text"u8.ToArray()]);
        var results = ArticleReader.Read([folder], new ReadOptions(MaxArticleBytes: 1000)).ToList();
        results.Select(r => r.Id).ShouldBe(["a-bad", "b-ok", "c-big"]);
        results[0].Error!.ShouldContain("not valid UTF-8");
        results[0].Error!.ShouldContain("offset 4");
        results[1].Error.ShouldBeNull();
        results[2].Error!.ShouldContain("over the limit");
    }

    [Fact]
    public void A_missing_input_is_an_error_result()
    {
        var result = ArticleReader.Read(["/no/such/file.txt"]).Single();
        result.Error!.ShouldContain("no such file");
    }

    [Fact]
    public void Standard_input_is_read_as_json_lines_or_as_one_article()
    {
        ArticleReader.Read(["-"], stdin: new StringReader("{\"id\": \"x\", \"text\": \"A.\"}\n{\"id\": \"y\", \"text\": \"B.\"}"))
            .Select(r => r.Id).ShouldBe(["x", "y"]);
        ArticleReader.Read(["-"], stdin: new StringReader("Just text.")).Single().Id.ShouldBe("stdin");
    }

    [Fact]
    public void A_json_record_may_set_its_own_date_mode()
    {
        var results = ArticleReader.Read(["-"], stdin: new StringReader(
            "{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"b\", \"date_mode\": \"Forward\", \"text\": \"B.\"}\n{\"id\": \"c\", \"date_mode\": \"later\", \"text\": \"C.\"}")).ToList();
        results[0].Article!.DateMode.ShouldBeNull();
        results[1].Article!.DateMode.ShouldBe(FactEngine.Dates.DateMode.Forward);
        results[2].Error!.ShouldContain("\"date_mode\" must be \"news\" or \"forward\"");
    }
}
