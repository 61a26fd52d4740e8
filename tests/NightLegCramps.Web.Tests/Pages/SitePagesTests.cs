using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.Tests.Pages;

/// <summary>The whole site over the fixture content, as a reader meets it.</summary>
public sealed class SitePagesTests(SharedSite site)
{
    private readonly HttpClient _client = site.CreateClient();

    private ContentStore Store => site.Services.GetRequiredService<ContentStore>();

    public static TheoryData<string> TopicSlugs()
    {
        // Every fixture page except the home page: a new topic is tested without editing this list.
        var slugs = Directory.GetFiles(SiteFactory.FixtureContent, "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(s => s != "home");
        return new TheoryData<string>(slugs.OfType<string>());
    }

    [Theory]
    [MemberData(nameof(TopicSlugs))]
    public async Task Every_topic_page_answers_with_its_title_as_the_only_h1(string slug)
    {
        var topic = Store.Current.Find(slug);
        Assert.NotNull(topic);

        using var response = await _client.GetAsync("/" + slug, TestContext.Current.CancellationToken);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(topic.Title, h1.TextContent.Trim());
        Assert.Contains(topic.Title, page.Title, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TopicSlugs))]
    public async Task Every_topic_shows_its_review_dates_and_ends_with_the_notice(string slug)
    {
        var page = await _client.GetDocumentAsync("/" + slug);
        var main = page.QuerySelector("main")!;

        var dates = main.QuerySelector(".review-dates")!.TextContent;
        Assert.Contains("Page last reviewed", dates, StringComparison.Ordinal);
        Assert.Contains("Next review due", dates, StringComparison.Ordinal);
        var notice = main.QuerySelector(".callout-notice")!.TextContent;
        Assert.Contains("not a diagnosis", notice, StringComparison.Ordinal);
        Assert.Contains("emergency", notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/no-such-page")]
    public async Task Home_and_not_found_list_the_topics_once(string path)
    {
        var page = await _client.GetDocumentAsync(path);

        // Their own list is the only one: the layout's "All topics" list would repeat it, so it is left out.
        Assert.Null(page.QuerySelector("nav#contents"));
        var links = page.QuerySelectorAll(".topic-list a").Select(a => a.GetAttribute("href")).ToList();
        var topics = Store.Current.Topics.Select(t => t.Path).ToList();
        Assert.All(topics, topic => Assert.Single(links, l => l == topic));
        var all = page.QuerySelector(".contents-link")!.GetAttribute("href")!;
        Assert.NotNull(page.GetElementById(all.TrimStart('#')));
    }

    [Fact]
    public async Task The_contents_list_on_every_topic_page_links_every_topic_in_reading_order()
    {
        var expected = Store.Current.AllPages.Select(t => (string?)t.Path).ToList();
        Assert.Equal(9, expected.Count);

        foreach (var path in expected.Where(p => p != "/"))
        {
            var page = await _client.GetDocumentAsync(path!);
            var links = page.QuerySelectorAll("nav#contents a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(expected, links);
            Assert.Equal(path, page.QuerySelector("nav#contents a[aria-current=page]")?.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task The_home_page_explains_the_condition_and_leads_to_every_topic()
    {
        var page = await _client.GetDocumentAsync("/");

        Assert.Equal("Night leg cramps", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("harmless", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var topicLinks = page.QuerySelectorAll("main .topic-list a").Select(a => a.GetAttribute("href"));
        Assert.Equal(Store.Current.Topics.Select(t => t.Path), topicLinks);
    }

    [Fact]
    public async Task Previous_and_next_links_follow_the_reading_order()
    {
        var topics = Store.Current.Topics;
        var middle = topics[3];

        var page = await _client.GetDocumentAsync(middle.Path);

        Assert.Equal(topics[2].Path, page.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(topics[4].Path, page.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        var first = await _client.GetDocumentAsync(topics[0].Path);
        Assert.Null(first.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task The_conditions_page_shows_4_categories_with_27_entries()
    {
        var page = await _client.GetDocumentAsync("/conditions");

        var categories = page.QuerySelectorAll(".condition-category");
        Assert.Equal(4, categories.Length);
        Assert.All(categories, c => Assert.NotNull(c.QuerySelector("h2[id]")));
        var entries = page.QuerySelectorAll(".condition-category li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(27, entries.Count);
        Assert.Equal(27, entries.Distinct().Count());
    }

    [Fact]
    public async Task The_conditions_filter_works_without_javascript()
    {
        var page = await _client.GetDocumentAsync("/conditions?q=thyroid");

        // Every entry is in the page (so the script can widen the search as you type); non-matches are hidden.
        var entries = page.QuerySelectorAll(".condition-category:not([hidden]) li:not([hidden])").Select(li => li.TextContent).ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Contains("thyroid", e, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("2 of 27", page.QuerySelector("#condition-count")!.TextContent, StringComparison.Ordinal);

        var none = await _client.GetDocumentAsync("/conditions?q=zebra");
        Assert.Empty(none.QuerySelectorAll(".condition-category:not([hidden])"));
        Assert.Contains("No condition matches", none.QuerySelector("#condition-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_to_see_a_doctor_shows_two_distinct_callouts()
    {
        var page = await _client.GetDocumentAsync("/when-to-see-a-doctor");

        var urgent = Assert.Single(page.QuerySelectorAll(".callout-urgent"));
        var appointment = Assert.Single(page.QuerySelectorAll(".callout-appointment"));
        Assert.Contains("lead", urgent.TextContent, StringComparison.Ordinal);
        Assert.Contains("appointment", appointment.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/relief/extra")]
    [InlineData("/Relief.md")]
    public async Task Unknown_addresses_get_a_helpful_404(string path)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("cannot find", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelectorAll("main a").Length >= Store.Current.AllPages.Count());
    }

    [Fact]
    public async Task The_stylesheet_and_favicon_are_served()
    {
        var page = await _client.GetDocumentAsync("/");

        foreach (var href in page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon]").Select(l => l.GetAttribute("href")!))
        {
            using var response = await _client.GetAsync(href, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
