using System.Net;
using System.Text;

namespace NightLegCramps.Web.Tests.LiveContent;

/// <summary>Editors change Markdown while the site runs: every change shows, and no mistake takes a page down.</summary>
public sealed class LiveReloadTests : IDisposable
{
    private readonly LiveSite _site = new(settings: new Dictionary<string, string?> { ["Content:MaxFileBytes"] = "20000" });

    private string ReliefWith(string marker) => _site.Content.Read("relief.md").Replace("\n---\n\n", $"\n---\n\n{marker}\n\n", StringComparison.Ordinal);

    [Fact]
    public async Task An_edit_shows_on_the_page()
    {
        await _site.AssertEveryPageServesAsync();
        var marker = "Edited " + Guid.NewGuid().ToString("N");

        _site.Content.Write("relief.md", ReliefWith(marker));

        await _site.WaitUntilAsync("/relief", (s, body) => s == HttpStatusCode.OK && body.Contains(marker, StringComparison.Ordinal), "an edit");
        await _site.AssertEveryPageServesAsync();
    }

    [Fact]
    public async Task An_edit_saved_by_renaming_a_temporary_file_shows_on_the_page()
    {
        await _site.AssertEveryPageServesAsync();
        var marker = "Saved by rename " + Guid.NewGuid().ToString("N");

        File.WriteAllText(_site.Content.PathOf(".relief.md.tmp"), ReliefWith(marker));
        File.Move(_site.Content.PathOf(".relief.md.tmp"), _site.Content.PathOf("relief.md"), overwrite: true);

        await _site.WaitUntilAsync("/relief", (s, body) => s == HttpStatusCode.OK && body.Contains(marker, StringComparison.Ordinal), "a save by rename");
    }

    [Fact]
    public async Task Renaming_a_file_keeps_its_page_without_a_gap()
    {
        await _site.AssertEveryPageServesAsync();
        var marker = "Renamed " + Guid.NewGuid().ToString("N");
        File.Move(_site.Content.PathOf("relief.md"), _site.Content.PathOf("easing-a-cramp.md"));
        File.WriteAllText(_site.Content.PathOf("easing-a-cramp.md"), File.ReadAllText(_site.Content.PathOf("easing-a-cramp.md")).Replace("\n---\n\n", $"\n---\n\n{marker}\n\n", StringComparison.Ordinal));

        // Every response on the way must be the page: a rename is never a moment of 404.
        await _site.WaitUntilAsync("/relief", (s, body) =>
        {
            Assert.Equal(HttpStatusCode.OK, s);
            return body.Contains(marker, StringComparison.Ordinal);
        }, "a renamed file");
    }

    [Fact]
    public async Task A_new_page_appears_in_the_site_and_its_contents_list()
    {
        await _site.AssertEveryPageServesAsync();
        var page = _site.Content.Read("relief.md")
            .Replace("slug: relief", "slug: a-new-topic", StringComparison.Ordinal)
            .Replace("\n---\n\n", "\n---\n\nA brand new page.\n\n", StringComparison.Ordinal);

        _site.Content.Write("a-new-topic.md", page);

        await _site.WaitUntilAsync("/a-new-topic", (s, body) => s == HttpStatusCode.OK && body.Contains("A brand new page.", StringComparison.Ordinal), "a new page");
        var home = await _site.Client.GetDocumentAsync("/");
        Assert.Contains(home.QuerySelectorAll(".topic-list a"), a => a.GetAttribute("href") == "/a-new-topic");
    }

    [Fact]
    public async Task A_deleted_page_returns_404_and_the_rest_of_the_site_serves()
    {
        await _site.AssertEveryPageServesAsync();

        _site.Content.Delete("prevention.md");

        await _site.WaitUntilAsync("/prevention", (s, _) => s == HttpStatusCode.NotFound, "a deleted page");
        var home = await _site.Client.GetDocumentAsync("/");
        Assert.DoesNotContain(home.QuerySelectorAll(".topic-list a"), a => a.GetAttribute("href") == "/prevention");
        await _site.AssertEveryPageServesAsync();
        // The pages that linked to it are told so, each naming its own file and line.
        await _site.WaitForErrorAsync("link to '/prevention' points to no page");
    }

    [Theory]
    [InlineData("invalid YAML")]
    [InlineData("missing required field")]
    [InlineData("not UTF-8")]
    [InlineData("too large")]
    [InlineData("conditions list that no longer parses")]
    public async Task A_broken_edit_keeps_the_last_good_page_and_logs_one_error_naming_the_file_and_line(string kind)
    {
        var (file, path, line) = kind == "conditions list that no longer parses" ? ("conditions.md", "/conditions", 15) : ("relief.md", "/relief", 2);
        await _site.AssertEveryPageServesAsync();
        var before = (await _site.GetAsync(path)).Body;
        var errorsBefore = _site.Factory.Logs.Errors.Count();

        Break(kind, file);

        var error = await _site.WaitForErrorAsync(file + ":");
        if (kind == "not UTF-8") line = 10;
        if (kind == "too large") line = 1;
        Assert.StartsWith($"{file}:{line}: error: ", error.Message, StringComparison.Ordinal);
        var (status, body) = await _site.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("Broken edit", body, StringComparison.Ordinal);
        Assert.Equal(MainOf(before), MainOf(body));
        await _site.WaitForContentToSettleAsync(); // every reload the save caused has run before errors are counted
        Assert.Single(_site.Factory.Logs.Errors.Skip(errorsBefore));
        await _site.AssertEveryPageServesAsync();
    }

    [Fact]
    public async Task A_file_that_was_never_good_is_left_out_and_the_rest_of_the_site_serves()
    {
        await _site.AssertEveryPageServesAsync();
        var page = _site.Content.Read("relief.md")
            .Replace("slug: relief", "slug: never-good", StringComparison.Ordinal)
            .Replace("lastReviewed:", "lastReviewed 2026-01-01\nlastReviewed:", StringComparison.Ordinal);

        _site.Content.Write("never-good.md", page);

        var error = await _site.WaitForErrorAsync("never-good.md:");
        Assert.Matches(@"^never-good\.md:\d+: error: ", error.Message);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.GetAsync("/never-good")).Status);
        await _site.AssertEveryPageServesAsync();
    }

    // Saved by rename: this test is about what the error says, not about catching a file half written.
    private void Break(string kind, string file)
    {
        var good = _site.Content.Read(file);
        switch (kind)
        {
            case "invalid YAML":
                _site.Content.SaveByRename(file, good.Replace("title: ", "title: Broken edit: ", StringComparison.Ordinal));
                break;
            case "missing required field":
                _site.Content.SaveByRename(file, string.Join('\n', good.Split('\n').Where(l => !l.StartsWith("order:", StringComparison.Ordinal)))
                    .Replace("\n---\n\n", "\n---\n\nBroken edit.\n\n", StringComparison.Ordinal));
                break;
            case "not UTF-8":
                var bytes = Encoding.UTF8.GetBytes(good.Replace("\n---\n\n", "\n---\n\nBroken edit caf\u00e9.\n", StringComparison.Ordinal));
                bytes[Array.IndexOf(bytes, (byte)0xC3)] = 0xE9;
                _site.Content.SaveByRename(file, bytes);
                break;
            case "too large":
                _site.Content.SaveByRename(file, good + string.Concat(Enumerable.Repeat("Broken edit. ", 2000)));
                break;
            default:
                var lines = good.Split('\n').ToList();
                var item = lines.FindIndex(l => l.StartsWith("- ", StringComparison.Ordinal));
                lines[item] = "- Broken edit (an unclosed bracket";
                _site.Content.SaveByRename(file, string.Join('\n', lines));
                break;
        }
    }

    private static string MainOf(string html) => Html.Parse(html).QuerySelector("main")?.InnerHtml ?? "";

    public void Dispose() => _site.Dispose();
}
