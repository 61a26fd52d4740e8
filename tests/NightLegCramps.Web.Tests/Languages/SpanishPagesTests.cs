using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NightLegCramps.Web.Languages;
using NightLegCramps.Web.Tests.Print;

namespace NightLegCramps.Web.Tests.Languages;

/// <summary>The Spanish edition as a reader, a search engine and a clinician meet it.</summary>
public sealed class SpanishPagesTests(BilingualSite site) : IClassFixture<BilingualSite>
{
    private const string BaseUrl = "https://nightlegcramps.example.org";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<IHtmlDocument> PageAsync(string path) => site.CreateClient().GetDocumentAsync(path);

    /// <summary>Every page in both languages, as the contents lists of the two home pages link them.</summary>
    private async Task<IReadOnlyList<string>> PagesAsync(string home)
    {
        var page = await PageAsync(home);
        return page.QuerySelectorAll("#topics a, .topic-list a").Select(a => a.GetAttribute("href")!).Prepend(home).Distinct().ToList();
    }

    private static Dictionary<string, string> Alternates(IHtmlDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);

    [Fact]
    public async Task Every_English_topic_has_a_Spanish_page_that_answers_in_Spanish()
    {
        var english = await PagesAsync("/");
        Assert.True(english.Count >= 9, "the English contents list is missing pages");
        foreach (var path in english)
        {
            var spanish = Alternates(await PageAsync(path)).GetValueOrDefault("es");
            Assert.True(spanish is not null, $"{path} names no Spanish version");
            Assert.StartsWith(BaseUrl + "/es", spanish, StringComparison.Ordinal);
            using var response = await site.CreateClient().GetAsync(spanish[BaseUrl.Length..], Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
            Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public async Task Hreflang_alternates_are_reciprocal_and_point_only_to_pages_that_exist()
    {
        foreach (var path in (await PagesAsync("/")).Concat(await PagesAsync("/es")))
        {
            var alternates = Alternates(await PageAsync(path));
            Assert.Equal(["en", "es", "x-default"], alternates.Keys.Order());
            Assert.Equal(alternates["en"], alternates["x-default"]);
            Assert.Contains(BaseUrl + path, alternates.Values);
            foreach (var (language, href) in alternates.Where(a => a.Key != "x-default"))
            {
                using var response = await site.CreateClient().GetAsync(href[BaseUrl.Length..], Cancel);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: alternate {href} answered {(int)response.StatusCode}");
                var other = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
                Assert.Equal(language, other.DocumentElement.GetAttribute("lang"));
                Assert.Equal(alternates, Alternates(other)); // the other version names exactly the same set, this page included
            }
        }
    }

    [Fact]
    public async Task The_language_links_lead_to_the_same_page_in_the_other_language_without_JavaScript()
    {
        var relief = await PageAsync("/relief");
        var toSpanish = relief.QuerySelector("a.language-link")!;
        Assert.Equal(("es", "es", "Español"), (toSpanish.GetAttribute("hreflang"), toSpanish.GetAttribute("lang"), toSpanish.TextContent));
        var spanishPath = toSpanish.GetAttribute("href")!;
        Assert.Equal(Alternates(relief)["es"], BaseUrl + spanishPath);

        var back = (await PageAsync(spanishPath)).QuerySelector("a.language-link")!;
        Assert.Equal(("/relief", "English"), (back.GetAttribute("href"), back.TextContent));
    }

    /// <summary>
    /// Every value of the site's English resource file, split at its placeholders ({0}, {total}), must not show in
    /// the text or the readable attributes of a Spanish page: a word a view writes without the resources, or a key
    /// missing from SiteText.es.resx, would.
    /// </summary>
    [Theory]
    [InlineData("/es")]
    [InlineData("/es/alivio")]
    [InlineData("/es/afecciones")]
    [InlineData("/es/afecciones?q=zzzz")]
    [InlineData("/es/afecciones?q=tiroides")]
    [InlineData("/es/cuando-ver-al-medico")]
    [InlineData("/es/no-existe")]
    [InlineData("/es/handout")]
    [InlineData("/es/handout?topics=alivio,nada")]
    public async Task No_English_word_of_the_site_shows_on_a_Spanish_page(string path)
    {
        var resources = new ResourceManager(typeof(SiteText));
        var english = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        var spanish = resources.GetResourceSet(CultureInfo.GetCultureInfo("es"), createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
        Assert.Empty(english.Keys.Except(spanish)); // every key has a Spanish value

        using var response = await site.CreateClient().GetAsync(path, Cancel);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        // The filter's templates keep their placeholders ({groups}) for the script: those are names, not words.
        var shown = System.Text.RegularExpressions.Regex.Replace(string.Join("\n", ReadableText(page)), @"\{\w+\}", "");
        foreach (var (key, value) in english.Where(e => e.Key != "DateFormat"))
        {
            foreach (var part in System.Text.RegularExpressions.Regex.Split(value, @"\{\w+\}").Select(p => p.Trim(' ', ':', '.', ',')).Where(p => p.Length >= 4))
            {
                Assert.False(shown.Contains(part, StringComparison.Ordinal), $"{path} shows English '{part}' (resource {key})");
            }
        }
    }

    /// <summary>What a reader sees or hears: text (scripts and styles aside) and the attributes read aloud or shown.</summary>
    private static IEnumerable<string> ReadableText(IHtmlDocument page)
    {
        foreach (var node in page.Body!.Descendants<IText>().Where(t => t.ParentElement?.LocalName is not ("script" or "style")))
        {
            yield return node.Data;
        }
        foreach (var element in page.All)
        {
            foreach (var name in new[] { "aria-label", "alt", "title", "placeholder", "data-all", "data-some", "data-none" })
            {
                if (element.GetAttribute(name) is { } value) yield return value;
            }
        }
        yield return page.Title ?? "";
        foreach (var meta in page.QuerySelectorAll("meta[content]")) yield return meta.GetAttribute("content")!;
    }

    [Fact]
    public async Task Review_dates_are_written_in_Spanish()
    {
        var dates = (await PageAsync("/es/alivio")).QuerySelector(".review-dates")!.TextContent;

        Assert.Contains("20 de noviembre de 2026", dates, StringComparison.Ordinal);
        Assert.Contains("Última revisión", dates, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Spanish_conditions_page_shows_4_categories_and_27_entries()
    {
        var page = await PageAsync("/es/afecciones");

        Assert.Equal(4, page.QuerySelectorAll(".condition-category").Length);
        Assert.Equal(27, page.QuerySelectorAll(".condition-list li").Length);
        Assert.Equal("27 entradas en 4 grupos.", page.QuerySelector(".filter-message")!.TextContent);
    }

    [Theory]
    [InlineData("tiroides", "Hipertiroidismo")]
    [InlineData("TIROIDES", "Hipertiroidismo")]
    [InlineData("pastillas para orinar", "Diuréticos")]
    [InlineData("diureticos", "Diuréticos")]
    public async Task The_Spanish_filter_finds_entries_by_everyday_words_whatever_the_case_and_accents(string query, string entry)
    {
        var page = await PageAsync("/es/afecciones?q=" + Uri.EscapeDataString(query));

        var shown = page.QuerySelectorAll(".condition-list li:not([hidden])").Select(li => li.TextContent).ToList();
        Assert.Contains(shown, text => text.StartsWith(entry, StringComparison.Ordinal));
        Assert.Contains($"«{query}»", page.QuerySelector(".filter-message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_Spanish_address_gives_the_Spanish_not_found_page_with_the_Spanish_topics()
    {
        using var response = await site.CreateClient().GetAsync("/es/no-existe", Cancel);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Lo sentimos, no encontramos esa página", page.QuerySelector("h1")!.TextContent);
        Assert.All(page.QuerySelectorAll("main .topic-list a"), a => Assert.StartsWith("/es", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task English_addresses_do_not_change_and_an_English_slug_under_es_is_not_a_page()
    {
        var relief = await PageAsync("/relief");
        Assert.Equal("en", relief.DocumentElement.GetAttribute("lang"));
        Assert.Equal(BaseUrl + "/relief", relief.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        using var response = await site.CreateClient().GetAsync("/es/relief", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_Spanish_page_says_its_language_to_share_previews_and_search_engines()
    {
        var page = await PageAsync("/es/alivio");

        Assert.Equal("es_ES", page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("en_US", page.QuerySelector("meta[property='og:locale:alternate']")!.GetAttribute("content"));
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("es", jsonLd.RootElement.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public async Task The_Spanish_handout_prints_in_Spanish_with_a_QR_code_of_its_own_address()
    {
        const string path = "/es/handout?topics=alivio,prevencion";
        var page = await PageAsync(path);

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["alivio", "prevencion"], page.QuerySelectorAll("article.handout-topic").Select(t => t.Id));
        Assert.Contains("Última revisión: 20 de noviembre de 2026", page.QuerySelector("article .review-dates")!.TextContent, StringComparison.Ordinal);
        var foot = page.QuerySelector(".print-foot")!;
        Assert.Equal(BaseUrl + path, foot.QuerySelector(".print-url")!.TextContent);
        QrSvg.AssertEncodes(BaseUrl + path, foot.QuerySelector("svg")!);
        // The same handout in English is one click away.
        Assert.Equal("/handout?topics=relief,prevention", page.QuerySelector("a.language-link")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("es-US")]
    [InlineData("spa")]
    public async Task Connect_answers_in_Spanish_with_only_Spanish_addresses(string language)
    {
        using var response = await site.CreateClient().GetAsync(
            "/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.62&knowledgeResponseType=application/json&informationRecipient.languageCode.c=" + language, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["es"], response.Content.Headers.ContentLanguage);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("es", answer.RootElement.GetProperty("language").GetString());
        Assert.StartsWith("Calambres nocturnos en las piernas: información para ICD-10-CM G47.62", answer.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        var urls = answer.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("url").GetString()!).ToList();
        Assert.Equal(8, urls.Count);
        Assert.All(urls, url => Assert.StartsWith(BaseUrl + "/es/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_API_lists_the_topics_of_the_language_asked_for()
    {
        using var spanish = JsonDocument.Parse(await site.CreateClient().GetStringAsync("/api/topics?lang=es", Cancel));
        var topics = spanish.RootElement.EnumerateArray().ToList();
        Assert.Equal(9, topics.Count);
        Assert.All(topics, t => Assert.Equal("es", t.GetProperty("language").GetString()));
        Assert.Equal(BaseUrl + "/es", topics[0].GetProperty("url").GetString());

        using var unknown = await site.CreateClient().GetAsync("/api/topics?lang=xx", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_both_languages_with_the_same_alternates_as_the_pages()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(await site.CreateClient().GetStringAsync("/sitemap.xml", Cancel));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        var alivio = sitemap.Descendants(ns + "url").Single(u => u.Element(ns + "loc")!.Value == BaseUrl + "/es/alivio");

        var links = alivio.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal(Alternates(await PageAsync("/es/alivio")), links);
    }
}
