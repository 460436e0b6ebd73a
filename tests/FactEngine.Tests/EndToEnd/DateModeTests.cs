using FactEngine.Dates;
using FactEngine.Extraction;
using FactEngine.Reading;
using FactEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FactEngine.Tests.EndToEnd;

/// <summary>The date mode is chosen per run and, in the library API, per article.</summary>
public class DateModeTests
{
    private static string MondayIn(Article article, DateMode runMode)
    {
        using var services = new ServiceCollection()
            .AddFactEngine(o =>
            {
                o.RulesFrom(TestRules.BundledRules);
                o.IncludeMentions = true;
                o.DateMode = runMode;
            })
            .BuildServiceProvider();
        return services.GetRequiredService<Extractor>().Extract(article).Mentions.Single(m => m.Type == "date").Value!;
    }

    private static Article MondayArticle(DateMode? mode) =>
        Article.FromText("a", "They meet on Monday.", new DateOnly(2013, 2, 12)) with { DateMode = mode };

    [Fact]
    public void The_run_mode_applies_to_articles_that_set_none()
    {
        MondayIn(MondayArticle(null), DateMode.News).ShouldBe("2013-02-11");
        MondayIn(MondayArticle(null), DateMode.Forward).ShouldBe("2013-02-18");
    }

    [Fact]
    public void An_article_mode_overrides_the_run_mode()
    {
        MondayIn(MondayArticle(DateMode.Forward), DateMode.News).ShouldBe("2013-02-18");
        MondayIn(MondayArticle(DateMode.News), DateMode.Forward).ShouldBe("2013-02-11");
    }
}
