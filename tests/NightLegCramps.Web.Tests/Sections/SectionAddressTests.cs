
namespace NightLegCramps.Web.Tests.Sections;

public sealed class SectionAddressTests(SharedSite shared)
{
    private static readonly string[] Pages =
        ["/", "/what-are-night-leg-cramps", "/causes-and-risk", "/cramps-or-restless-legs", "/conditions",
         "/when-to-see-a-doctor", "/prevention", "/relief", "/not-recommended", "/for-clinicians"];

    private static async Task<Dictionary<string, List<string>>> SectionIdsAsync()
    {
        using var site = new SiteFactory();
        var client = site.CreateClient();
        var ids = new Dictionary<string, List<string>>();
        foreach (var path in Pages)
        {
            var page = await client.GetDocumentAsync(path);
            ids[path] = page.QuerySelectorAll("main h2[id], main h3[id]").Select(h => h.Id!).ToList();
        }
        return ids;
    }

    [Fact]
    public async Task Every_section_id_is_unique_on_its_page_and_the_same_after_a_restart()
    {
        var first = await SectionIdsAsync();
        var second = await SectionIdsAsync(); // a second app start over the same content

        Assert.Equal(first, second);
        Assert.True(first.Values.Sum(v => v.Count) > 20, "the topics have sections to link to");
        foreach (var (path, ids) in first)
        {
            Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(), $"{path} repeats a section id: {string.Join(", ", ids)}");
        }
    }

    [Fact]
    public async Task Every_section_heading_has_a_link_to_itself()
    {
        var client = shared.CreateClient();
        foreach (var path in Pages)
        {
            var page = await client.GetDocumentAsync(path);
            foreach (var heading in page.QuerySelectorAll("main h2, main h3"))
            {
                Assert.False(string.IsNullOrEmpty(heading.Id), $"{path}: '{heading.TextContent}' has no id");
                var link = heading.ParentElement!.QuerySelector("a.section-link");
                Assert.Equal("#" + heading.Id, link?.GetAttribute("href"));
            }
        }
    }
}
