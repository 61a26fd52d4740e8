using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Content.Loading;
using System.Text.Json;
using AngleSharp.Dom;

namespace NightLegCramps.Web.Tests.Security;

/// <summary>Every corpus case, written as a page in a temp copy of the content and served by the real site.</summary>
public sealed class XssSite : IDisposable
{
    public XssSite()
    {
        Cases = XssCorpus.Load();
        for (var i = 0; i < Cases.Count; i++)
        {
            Content.Write(Cases[i].Slug + ".md", Cases[i].ToMarkdown(100 + i));
        }
        Factory = new SiteFactory(Content.Folder);
    }

    public TempContent Content { get; } = new();

    public IReadOnlyList<XssCase> Cases { get; }

    public SiteFactory Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        Content.Dispose();
    }
}

/// <summary>
/// The rendered pages contain no executable script, no event-handler attribute, no inline style and
/// no javascript:, vbscript: or data: address, as a browser would parse them (AngleSharp).
/// </summary>
public sealed class XssCorpusTests(XssSite site) : IClassFixture<XssSite>
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset", "values", "to", "from"];
    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:"];
    private static readonly string[] Places = ["body", "title", "summary"];

    public static TheoryData<string> CaseNames => new(XssCorpus.Load().Select(c => c.Name));

    [Fact]
    public void The_corpus_has_at_least_40_cases_with_unique_names()
    {
        var cases = XssCorpus.Load();
        Assert.True(cases.Count >= 40, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
        Assert.All(cases, c => Assert.Contains(c.Where, Places));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Renders_nothing_executable(string name)
    {
        var @case = site.Cases.Single(c => c.Name == name);
        var client = site.Factory.CreateClient();

        using var response = await client.GetAsync("/" + @case.Slug, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            // The checker found an error (raw HTML, a bad link scheme), so the page is held back and readers never
            // see it. The HTML it would have had must still be safe: the renderer is the second line of defence.
            var file = site.Factory.Services.GetRequiredService<ContentStore>().Current.Files.Single(f => f.File == @case.Slug + ".md");
            Assert.Contains(file.Findings, f => f.IsError);
            var loaded = new TopicLoader(new ContentSettings()).Parse(PageSource.Of(Encoding.UTF8.GetBytes(@case.ToMarkdown(100)), null, []), file.File);
            Assert.NotNull(loaded.Topic);
            AssertNothingExecutable(Html.Parse($"<html><body>{loaded.Topic.Html}{loaded.Topic.NoticeHtml}</body></html>"));
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the page itself renders: the check below is not vacuous
        var document = Html.Parse(html);
        Assert.Equal(1, document.QuerySelectorAll("h1").Length);
        AssertNothingExecutable(document);
    }

    [Fact]
    public async Task The_home_page_listing_every_case_is_safe_too()
    {
        var document = await site.Factory.CreateClient().GetDocumentAsync("/");

        var published = site.Factory.Services.GetRequiredService<ContentStore>().Current.AllPages.Count(p => p.Slug.StartsWith("xss-", StringComparison.Ordinal));
        Assert.True(published > 0, "no case was published");
        Assert.True(document.QuerySelectorAll("a[href^='/xss-']").Length >= published);
        AssertNothingExecutable(document);
    }

    private static void AssertNothingExecutable(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (script.GetAttribute("type") == "application/ld+json")
            {
                using var json = JsonDocument.Parse(script.TextContent); // data, and it must stay data
                continue;
            }
            var src = script.GetAttribute("src");
            Assert.True(src is not null && src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal),
                $"script that is not this site's own file: {script.OuterHtml}");
            Assert.True(string.IsNullOrWhiteSpace(script.TextContent), $"inline script: {script.OuterHtml}");
        }
        Assert.Empty(document.QuerySelectorAll("style, iframe, frame, object, embed, base, meta[http-equiv]").Select(e => e.OuterHtml));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name.ToLowerInvariant();
                Assert.False(attributeName.StartsWith("on", StringComparison.Ordinal), $"event handler: {element.OuterHtml}");
                Assert.False(attributeName == "style", $"inline style: {element.OuterHtml}");
                if (UrlAttributes.Contains(attributeName) || attributeName.EndsWith(":href", StringComparison.Ordinal))
                {
                    var url = BrowserView(attribute.Value);
                    Assert.False(DangerousSchemes.Any(s => url.Contains(s, StringComparison.Ordinal)),
                        $"dangerous address in {attribute.Name}: {element.OuterHtml}");
                }
            }
        }
    }

    /// <summary>Browsers drop control characters and whitespace in a scheme and ignore its case.</summary>
    private static string BrowserView(string url) =>
        new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
}
