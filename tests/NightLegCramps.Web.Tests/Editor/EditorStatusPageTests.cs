using System.Net;

namespace NightLegCramps.Web.Tests.Editor;

/// <summary>The editor status page: every file and its problems while editing, and nothing at all on the live site.</summary>
public sealed class EditorStatusPageTests
{
    [Fact]
    public async Task In_development_it_lists_every_file_with_its_page_and_problems()
    {
        using var site = new LiveSite("Development");
        site.Content.Write("never-good.md", "---\ntitle: Never good\n---\n\nNo other fields.\n");
        site.Content.Write("coming-soon.md", site.Content.Read("relief.md").Replace("slug: relief", "slug: coming-soon\ndraft: true", StringComparison.Ordinal));
        await site.GetAsync("/"); // the site loads its content as it starts
        site.Content.Write("relief.md", site.Content.Read("relief.md").Replace("title: ", "title: Broken: ", StringComparison.Ordinal));
        await site.WaitForErrorAsync("relief.md:2");

        var page = await site.Client.GetDocumentAsync("/editor");

        var table = page.QuerySelector("main table")!;
        Assert.Equal("Every content file", table.QuerySelector("caption")?.TextContent.Trim());
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var headings = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["File", "Page", "Slug", "Status", "Last reviewed", "Next review", "Reading level", "Words", "Draft", "Problems", "Readers: useful?"], headings);
        var rows = table.QuerySelectorAll("tbody tr").ToDictionary(
            r => r.QuerySelector("th[scope=row]")!.TextContent.Trim(),
            r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList());
        // Every Markdown file, the Spanish ones in es/ included.
        Assert.Equal(Directory.GetFiles(site.Content.Folder, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Content.Folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));

        var prevention = rows["prevention.md"];
        Assert.Equal("prevention", prevention[1]);
        Assert.Equal("Live", prevention[2]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", prevention[3]);
        Assert.Matches(@"^\d+\.\d \(Flesch–Kincaid grade\)$", prevention[5]); // each language names its own formula
        Assert.Matches(@"^\d+$", prevention[6]);
        Assert.Equal("No", prevention[7]);
        Assert.Equal("None", prevention[8]);

        Assert.StartsWith("Broken: readers see the last good version", rows["relief.md"][2], StringComparison.Ordinal);
        Assert.Equal("relief", rows["relief.md"][1]);
        Assert.StartsWith("Left out: it has never loaded", rows["never-good.md"][2], StringComparison.Ordinal);
        Assert.Equal("Yes", rows["coming-soon.md"][7]);

        var problems = page.QuerySelector("#problems-relief-md + ul")!.TextContent;
        Assert.Contains("Line 2, error: front matter is not valid YAML", problems, StringComparison.Ordinal);
        Assert.Contains("missing 'summary'", page.QuerySelector("#problems-never-good-md + ul")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_it_does_not_exist()
    {
        using var site = new LiveSite("Production");

        var (status, body) = await site.GetAsync("/editor");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("Every content file", body, StringComparison.Ordinal);
    }
}
