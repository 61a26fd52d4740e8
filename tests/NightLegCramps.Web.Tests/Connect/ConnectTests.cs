using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using NightLegCramps.Web.Tests.Testing;

namespace NightLegCramps.Web.Tests.Connect;

public sealed class ConnectTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private const string Icd10Cm = "2.16.840.1.113883.6.90";

    private static string Lookup(string code) => $"/connect?mainSearchCriteria.v.cs={Icd10Cm}&mainSearchCriteria.v.c={code}";

    private async Task<IReadOnlyList<string>> TopicAddressesAsync()
    {
        // The contents list, without the home page: the topics in reading order.
        var page = await site.CreateClient().GetDocumentAsync("/relief");
        return page.QuerySelectorAll("#contents a").Select(a => a.GetAttribute("href")!).Where(h => h != "/")
            .Select(h => "https://nightlegcramps.example.org" + h).ToList();
    }

    [Theory]
    [InlineData("G47.62", "G47.62")]
    [InlineData("g4762", "G47.62")]
    [InlineData("R25.2", "R25.2")]
    [InlineData("r252", "R25.2")]
    public async Task A_known_code_answers_every_topic_in_reading_order_as_JSON(string asked, string code)
    {
        using var response = await site.CreateClient().GetAsync(Lookup(asked), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(await TopicAddressesAsync(), entries.Select(e => e.GetProperty("url").GetString()));
        var relief = entries.Single(e => e.GetProperty("url").GetString()!.EndsWith("/relief", StringComparison.Ordinal));
        Assert.Equal("How to ease a cramp", relief.GetProperty("title").GetString());
        Assert.Equal("Things you can try to ease a night leg cramp while it is happening.", relief.GetProperty("summary").GetString());
        Assert.Equal("2026-11-20", relief.GetProperty("lastReviewed").GetString());
    }

    [Fact]
    public async Task An_unknown_code_in_a_known_system_answers_no_entries()
    {
        using var response = await site.CreateClient().GetAsync(Lookup("J45.909"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(json.RootElement.GetProperty("entries").EnumerateArray());
    }

    [Theory]
    [InlineData("/connect", "mainSearchCriteria.v.cs is missing")]
    [InlineData("/connect?mainSearchCriteria.v.c=G47.62", "mainSearchCriteria.v.cs is missing")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.96&mainSearchCriteria.v.c=G47.62", "not a code system this site knows")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90", "mainSearchCriteria.v.c is missing")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=", "mainSearchCriteria.v.c is missing")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=%3Cscript%3E", "is not an ICD-10-CM code")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.62&mainSearchCriteria.v.c=R25.2", "mainSearchCriteria.v.c is missing")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.62&knowledgeResponseType=text/csv", "is not supported")]
    public async Task A_missing_or_malformed_parameter_answers_400_saying_what_is_wrong(string path, string message)
    {
        using var response = await site.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(message, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Atom_answer_is_a_feed_with_an_entry_per_topic()
    {
        var path = Lookup("G47.62") + "&knowledgeResponseType=application/atom%2Bxml";
        using var response = await site.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Root!;
        Assert.Equal(atom + "feed", feed.Name);
        Assert.StartsWith("https://nightlegcramps.example.org/connect?", feed.Element(atom + "id")!.Value, StringComparison.Ordinal);
        Assert.Contains("G47.62", feed.Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(feed.Element(atom + "updated")!.Value, out _));
        Assert.NotNull(feed.Element(atom + "author")?.Element(atom + "name"));
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(await TopicAddressesAsync(), entries.Select(e => e.Element(atom + "link")!.Attribute("href")!.Value));
        Assert.All(entries, e =>
        {
            Assert.Equal(e.Element(atom + "link")!.Attribute("href")!.Value, e.Element(atom + "id")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(e.Element(atom + "title")!.Value));
            Assert.False(string.IsNullOrWhiteSpace(e.Element(atom + "summary")!.Value));
            Assert.Equal("2026-11-20T00:00:00Z", e.Element(atom + "updated")!.Value);
        });
    }
}
