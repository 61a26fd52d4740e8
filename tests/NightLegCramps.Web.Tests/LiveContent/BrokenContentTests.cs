using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.Tests.LiveContent;

/// <summary>
/// The real content plus a corpus of broken files: the site starts, every good page answers 200,
/// each broken file is reported, and nothing answers 5xx. Also while files churn under a live reload.
/// </summary>
public sealed class BrokenContentTests : IDisposable
{
    private const string Notice = "\n\n:::notice\nGeneral information.\n:::\n";

    private static readonly string[] GoodSlugs =
        ["what-are-night-leg-cramps", "causes-and-risk", "cramps-or-restless-legs", "conditions", "when-to-see-a-doctor", "prevention", "relief", "not-recommended"];

    private readonly TempContent _content = new();

    private static string Page(string slug, string body = "Some text.") =>
        $"---\ntitle: Broken case\nsummary: A broken file.\nslug: {slug}\norder: 50\nlastReviewed: 2026-01-01\nnextReview: 2099-01-01\n---\n\n{body}{Notice}";

    /// <summary>Each broken file by name, with its bytes. None of them may produce a page.</summary>
    private Dictionary<string, byte[]> BrokenFiles()
    {
        var utf8 = Encoding.UTF8;
        var relief = _content.Read("relief.md");
        return new()
        {
            ["invalid-yaml.md"] = utf8.GetBytes("---\ntitle: [unclosed\nsummary: x: y: z\n---\n\nText." + Notice),
            ["missing-fields.md"] = utf8.GetBytes("---\ntitle: Only a title\n---\n\nText." + Notice),
            ["no-front-matter.md"] = utf8.GetBytes("Just some text with no front matter." + Notice),
            ["front-matter-not-a-map.md"] = utf8.GetBytes("---\n- a\n- list\n---\n\nText." + Notice),
            ["bad-dates.md"] = utf8.GetBytes(Page("bad-dates").Replace("2026-01-01", "someday", StringComparison.Ordinal)),
            ["bad-slug.md"] = utf8.GetBytes(Page("../../etc/passwd")),
            ["reserved-slug.md"] = utf8.GetBytes(Page("healthz")),
            ["order-not-a-number.md"] = utf8.GetBytes(Page("order-not-a-number").Replace("order: 50", "order: first", StringComparison.Ordinal)),
            ["title-is-a-list.md"] = utf8.GetBytes(Page("title-is-a-list").Replace("title: Broken case", "title:\n  - a\n  - b", StringComparison.Ordinal)),
            ["invalid-utf8.md"] = [.. utf8.GetBytes(Page("invalid-utf8", "Caf")), 0xC3, 0x28, 0xFF, (byte)'\n'],
            ["binary.md"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
            ["empty.md"] = [],
            ["whitespace-only.md"] = utf8.GetBytes("\n\n   \n\t\n"),
            ["oversized.md"] = utf8.GetBytes(Page("oversized", string.Concat(Enumerable.Repeat("A sentence that fills the file. ", 40_000)))),
            ["zz-duplicate-slug.md"] = utf8.GetBytes(relief), // the same slug as relief.md, which keeps it
            ["deep-quotes.md"] = utf8.GetBytes(Page("deep-quotes", new string('>', 100_000) + " deep")),
            ["deep-list.md"] = utf8.GetBytes(Page("deep-list", string.Concat(Enumerable.Repeat("- ", 50_000)) + "deep")),
            ["emphasis-run.md"] = utf8.GetBytes(Page("emphasis-run", new string('*', 200_000) + "x" + new string('*', 200_000))),
            ["bracket-run.md"] = utf8.GetBytes(Page("bracket-run", string.Concat(Enumerable.Repeat("[", 40_000)) + "x" + string.Concat(Enumerable.Repeat("](/a)", 40_000)))),
        };
    }

    [Fact]
    public async Task The_site_starts_serves_every_good_page_and_reports_each_broken_file()
    {
        var broken = BrokenFiles();
        foreach (var (name, bytes) in broken) File.WriteAllBytes(_content.PathOf(name), bytes);
        using var factory = new SiteFactory(_content.Folder);
        var client = factory.CreateClient();

        foreach (var slug in GoodSlugs.Prepend(""))
        {
            using var response = await client.GetAsync("/" + slug, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/{slug} answered {(int)response.StatusCode}");
        }
        foreach (var slug in new[] { "bad-dates", "order-not-a-number", "title-is-a-list", "invalid-utf8", "oversized", "deep-quotes", "deep-list", "emphasis-run", "bracket-run", "healthz" })
        {
            using var response = await client.GetAsync("/" + slug, TestContext.Current.CancellationToken);
            Assert.True((int)response.StatusCode < 500, $"/{slug} answered {(int)response.StatusCode}");
        }

        var content = factory.Services.GetRequiredService<ContentStore>().Current;
        Assert.Equal(GoodSlugs.Prepend("home").Order(StringComparer.Ordinal), content.AllPages.Select(t => t.Slug).Order(StringComparer.Ordinal));
        foreach (var name in broken.Keys)
        {
            var file = Assert.Single(content.Files, f => f.File == name);
            Assert.True(file.Findings.Any(f => f.IsError), $"{name} was not reported");
        }
        using var ready = JsonDocument.Parse(await client.GetStringAsync("/readyz", TestContext.Current.CancellationToken));
        Assert.Equal(GoodSlugs.Length + 1, ready.RootElement.GetProperty("pages").GetInt32());
        Assert.Equal(broken.Count, ready.RootElement.GetProperty("filesInError").GetInt32());
    }

    [Fact]
    public async Task Files_written_renamed_and_deleted_while_the_site_reloads_never_take_a_good_page_down()
    {
        using var factory = new SiteFactory(_content.Folder);
        var client = factory.CreateClient();
        await client.GetAsync("/", TestContext.Current.CancellationToken); // started and loaded
        var relief = _content.Read("relief.md");
        var reliefBefore = await GetMainAsync(client, "/relief");
        const int EditRounds = 60, ReadRounds = 10;

        // A fixed amount of work on each side, run at the same time; how fast either goes does not matter.
        var editor = Task.Run(() =>
        {
            for (var i = 0; i < EditRounds; i++)
            {
                try
                {
                    _content.Write("churn.md", Page("churn", $"Edit {i}."));
                    File.Move(_content.PathOf("churn.md"), _content.PathOf("churn-moved.md"), overwrite: true);
                    _content.Write("relief.md", i % 2 == 0 ? relief : "---\ntitle: [broken\n---\n");
                    File.Delete(_content.PathOf("churn-moved.md"));
                }
                catch (IOException)
                {
                    // The site is reading the file this instant; try again.
                }
            }
        }, TestContext.Current.CancellationToken);
        for (var round = 0; round < ReadRounds; round++)
        {
            foreach (var slug in GoodSlugs)
            {
                using var response = await client.GetAsync("/" + slug, TestContext.Current.CancellationToken);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"/{slug} answered {(int)response.StatusCode} during the churn");
            }
        }
        await editor;

        // relief.md left broken: its last good version is what the site serves, and the broken save is reported.
        _content.Write("relief.md", "---\ntitle: [broken\n---\n");
        var store = factory.Services.GetRequiredService<ContentStore>();
        await Poll.UntilAsync(() => store.Current.Files.Single(f => f.File == "relief.md").ServingLastGood, "the broken relief.md to be read");
        Assert.Equal(reliefBefore, await GetMainAsync(client, "/relief"));
        foreach (var slug in GoodSlugs)
        {
            using var response = await client.GetAsync("/" + slug, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/{slug} answered {(int)response.StatusCode} after the churn");
        }
    }

    private static async Task<string> GetMainAsync(HttpClient client, string path)
    {
        var document = await client.GetDocumentAsync(path);
        return document.QuerySelector("main")?.InnerHtml ?? "";
    }

    public void Dispose() => _content.Dispose();
}
