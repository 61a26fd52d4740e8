using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using NightLegCramps.Web.Connect;

namespace NightLegCramps.Web.Tests.Connect;

/// <summary>
/// The Infobutton lookup, asked exactly as health records send it: every path below is a raw query string, sent
/// byte for byte (an unencoded <c>+</c> stays a <c>+</c> on the wire and means a space to the server).
/// </summary>
public sealed class ConnectTests(SharedSite site)
{
    private const string BaseUrl = "https://nightlegcramps.example.org";
    private const string Icd10 = "mainSearchCriteria.v.cs=2.16.840.1.113883.6.90";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> AskAsync(string pathAndQuery, string? accept = null)
    {
        // Every query here is made of characters a URI allows, so it goes out exactly as written (a + stays a +).
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await site.CreateClient().SendAsync(request, Cancel);
    }

    /// <summary>The topics in reading order, as the site's own API lists them (the home page is not a topic).</summary>
    private async Task<IReadOnlyList<string>> TopicAddressesAsync()
    {
        using var api = JsonDocument.Parse(await site.CreateClient().GetStringAsync("/api/topics", Cancel));
        return api.RootElement.EnumerateArray().Select(t => t.GetProperty("url").GetString()!).Where(u => u != BaseUrl + "/").ToList();
    }

    private static async Task<XElement> FeedAsync(HttpResponseMessage response) =>
        XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).Root!;

    [Theory]
    [InlineData("knowledgeResponseType=application/atom+xml")] // the + arrives as a space
    [InlineData("knowledgeResponseType=application/atom%2Bxml")]
    [InlineData("knowledgeResponseType=application%2Fatom%2Bxml")]
    [InlineData("knowledgeResponseType=APPLICATION/ATOM+XML")]
    [InlineData("")] // no type: the guide's default
    public async Task Atom_is_answered_however_the_plus_of_its_type_arrives(string type)
    {
        using var response = await AskAsync($"/connect?{Icd10}&mainSearchCriteria.v.c=G47.62&{type}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = await FeedAsync(response);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(await TopicAddressesAsync(), feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value));
    }

    [Fact]
    public async Task Text_xml_as_MedlinePlus_Connect_answers_by_default_is_the_same_Atom_feed_sent_as_text_xml()
    {
        using var atom = await AskAsync($"/connect?{Icd10}&mainSearchCriteria.v.c=G47.62&knowledgeResponseType=application/atom%2Bxml");
        using var xml = await AskAsync($"/connect?{Icd10}&mainSearchCriteria.v.c=G47.62&knowledgeResponseType=text/xml");

        Assert.Equal(HttpStatusCode.OK, xml.StatusCode);
        Assert.Equal("text/xml", xml.Content.Headers.ContentType?.MediaType);
        var fromXml = await FeedAsync(xml);
        Assert.Equal(Atom + "feed", fromXml.Name);
        Assert.Equal((await FeedAsync(atom)).Elements(Atom + "entry").Count(), fromXml.Elements(Atom + "entry").Count());
    }

    [Theory]
    [InlineData("G47.62", "G47.62")]
    [InlineData("g4762", "G47.62")]
    [InlineData("R25.2", "R25.2")]
    [InlineData("r252", "R25.2")]
    public async Task Json_lists_every_topic_in_reading_order_for_a_known_code(string asked, string code)
    {
        using var response = await AskAsync($"/connect?{Icd10}&mainSearchCriteria.v.c={asked}&knowledgeResponseType=application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
        Assert.Equal("en", json.RootElement.GetProperty("language").GetString());
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(await TopicAddressesAsync(), entries.Select(e => e.GetProperty("url").GetString()));
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("summary").GetString()));
            Assert.True(DateOnly.TryParseExact(e.GetProperty("lastReviewed").GetString(), "yyyy-MM-dd", out _));
        });
    }

    [Fact]
    public async Task A_browser_with_no_response_type_gets_a_page_of_the_topics_in_the_site_design()
    {
        using var response = await AskAsync($"/connect?{Icd10}&mainSearchCriteria.v.c=G47.62",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][href*='site']"));
        Assert.Equal(await TopicAddressesAsync(), page.QuerySelectorAll("#connect-topics a").Select(a => a.GetAttribute("href")));
        Assert.Contains("sleep related leg cramps", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_and_a_program_asking_the_same_address_each_get_their_own_answer_from_the_cache()
    {
        var path = $"/connect?{Icd10}&mainSearchCriteria.v.c=R25.2";
        using var page = await AskAsync(path, "text/html");
        using var feed = await AskAsync(path, "*/*");
        using var pageAgain = await AskAsync(path, "text/html");

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/html", pageAgain.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/javascript")]
    [InlineData("text/javascript")]
    public async Task JSONP_is_refused_with_the_reason(string type)
    {
        using var response = await AskAsync($"/connect?{Icd10}&mainSearchCriteria.v.c=G47.62&knowledgeResponseType={type}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.Contains("JSONP", detail, StringComparison.Ordinal);
        Assert.Contains("script inside your page", detail, StringComparison.Ordinal);
    }

    [Theory]
    // The second of two codes matches.
    [InlineData("mainSearchCriteria.v.cs=2.16.840.1.113883.6.96&mainSearchCriteria.v.c=44186003&mainSearchCriteria.v.cs1=2.16.840.1.113883.6.90&mainSearchCriteria.v.c1=G47.62")]
    // The third, after an unknown ICD-10-CM code.
    [InlineData("mainSearchCriteria.v.c=J45.909&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c1=I10&mainSearchCriteria.v.cs1=2.16.840.1.113883.6.90&mainSearchCriteria.v.c2=R25.2&mainSearchCriteria.v.cs2=2.16.840.1.113883.6.90")]
    // Numbered from 0, with no unnumbered code at all.
    [InlineData("mainSearchCriteria.v.c0=G47.62&mainSearchCriteria.v.cs0=2.16.840.1.113883.6.90")]
    public async Task Any_of_several_numbered_codes_matching_answers(string criteria)
    {
        using var response = await AskAsync($"/connect?{criteria}&knowledgeResponseType=application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal((await TopicAddressesAsync()).Count, json.RootElement.GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("mainSearchCriteria.v.cs=2.16.840.1.113883.6.96&mainSearchCriteria.v.c=44186003")] // SNOMED CT
    [InlineData("mainSearchCriteria.v.cs=2.16.840.1.113883.6.103&mainSearchCriteria.v.c=729.82")] // ICD-9-CM
    [InlineData(Icd10 + "&mainSearchCriteria.v.c=J45.909")] // ICD-10-CM, another condition
    public async Task A_code_or_code_system_the_site_does_not_map_answers_200_with_no_entries(string criteria)
    {
        using var json = await AskAsync($"/connect?{criteria}&knowledgeResponseType=application/json");
        using var atom = await AskAsync($"/connect?{criteria}");

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        using var answer = JsonDocument.Parse(await json.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(0, answer.RootElement.GetProperty("entries").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, atom.StatusCode);
        var feed = await FeedAsync(atom);
        Assert.Empty(feed.Elements(Atom + "entry"));
        AssertValidAtom(feed);
    }

    [Fact]
    public async Task Parameters_the_site_does_not_use_are_accepted_and_ignored()
    {
        // A whole request as an EHR's infobutton builds it, patient context and all.
        const string full = "/connect?representedOrganization.id.root=1.3.6.1.4.1.12009&taskContext.c.c=PROBLISTREV"
            + "&mainSearchCriteria.v.c=G47.62&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.dn=Sleep+related+leg+cramps"
            + "&patientPerson.administrativeGenderCode.c=F&age.v.v=67&age.v.u=a&informationRecipient=PAT"
            + "&performer=PROV&knowledgeResponseType=application/json";

        using var response = await AskAsync(full);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal((await TopicAddressesAsync()).Count, json.RootElement.GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("es", "es")]
    [InlineData("es-US", "es")]
    [InlineData("ES_us", "es")]
    [InlineData("spa", "es")]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("fr", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void The_reader_language_comes_from_the_language_code_and_defaults_to_English(string? code, string language) =>
        Assert.Equal(language, ConnectRequest.LanguageOf(code));

    [Fact]
    public async Task The_feed_names_each_criterion_it_understood_and_each_entry_its_page_language()
    {
        using var response = await AskAsync($"/connect?taskContext.c.c=PROBLISTREV&{Icd10}&mainSearchCriteria.v.c=g4762"
            + "&mainSearchCriteria.v.cs1=2.16.840.1.113883.6.96&mainSearchCriteria.v.c1=44186003&informationRecipient.languageCode.c=en-US");
        var feed = await FeedAsync(response);

        Assert.Equal(
            [("mainSearchCriteria.v.c", "g4762"), ("mainSearchCriteria.v.cs", "2.16.840.1.113883.6.90"),
             ("mainSearchCriteria.v.c1", "44186003"), ("mainSearchCriteria.v.cs1", "2.16.840.1.113883.6.96"),
             ("informationRecipient.languageCode.c", "en")],
            feed.Elements(Atom + "category").Select(c => (c.Attribute("scheme")!.Value, c.Attribute("term")!.Value)));
        Assert.Contains("G47.62", feed.Element(Atom + "subtitle")!.Value, StringComparison.Ordinal);
        Assert.All(feed.Elements(Atom + "entry"), e =>
        {
            var link = e.Element(Atom + "link")!;
            Assert.Equal("alternate", link.Attribute("rel")?.Value);
            Assert.Equal("text/html", link.Attribute("type")?.Value);
            Assert.Equal("en", link.Attribute("hreflang")?.Value);
        });
    }

    [Theory]
    [InlineData(Icd10 + "&mainSearchCriteria.v.c=G47.62")]
    [InlineData(Icd10 + "&mainSearchCriteria.v.c=Z99.9")]
    public async Task The_Atom_feed_has_what_RFC_4287_requires_on_the_feed_and_every_entry(string criteria)
    {
        using var response = await AskAsync($"/connect?{criteria}&knowledgeResponseType=application/atom+xml");

        AssertValidAtom(await FeedAsync(response));
    }

    /// <summary>
    /// RFC 4287: a feed has exactly one id (an absolute IRI), title and updated (an RFC 3339 date-time), an author
    /// unless every entry has one, and at most one alternate link per type and language; so has every entry.
    /// </summary>
    private static void AssertValidAtom(XElement feed)
    {
        Assert.Equal(Atom + "feed", feed.Name);
        AssertHasIdTitleUpdated(feed);
        Assert.Single(feed.Elements(Atom + "author").Elements(Atom + "name"));
        Assert.Equal(BaseUrl + "/connect?", feed.Element(Atom + "id")!.Value[..(BaseUrl.Length + 9)]);
        Assert.Equal(feed.Element(Atom + "id")!.Value, feed.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "self").Attribute("href")!.Value);
        Assert.Single(feed.Elements(Atom + "subtitle"));
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            AssertHasIdTitleUpdated(entry);
            var alternates = entry.Elements(Atom + "link").Where(l => l.Attribute("rel")?.Value == "alternate").ToList();
            Assert.Single(alternates);
            Assert.True(Uri.IsWellFormedUriString(alternates[0].Attribute("href")!.Value, UriKind.Absolute));
        }
        var ids = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    private static void AssertHasIdTitleUpdated(XElement element)
    {
        var id = Assert.Single(element.Elements(Atom + "id")).Value;
        Assert.True(Uri.IsWellFormedUriString(id, UriKind.Absolute), $"id {id} is not an absolute IRI");
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(element.Elements(Atom + "title")).Value));
        var updated = Assert.Single(element.Elements(Atom + "updated")).Value;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", updated);
    }

    [Theory]
    [InlineData("/connect", "mainSearchCriteria.v.c is missing")]
    [InlineData("/connect?mainSearchCriteria.v.c=G47.62", "mainSearchCriteria.v.cs is missing")]
    [InlineData("/connect?" + Icd10 + "&mainSearchCriteria.v.c=G47.62&mainSearchCriteria.v.c1=R25.2", "mainSearchCriteria.v.cs1 is missing")]
    [InlineData("/connect?mainSearchCriteria.v.cs=ICD10&mainSearchCriteria.v.c=G47.62", "is not a code system identifier")]
    [InlineData("/connect?" + Icd10, "mainSearchCriteria.v.c is missing")]
    [InlineData("/connect?" + Icd10 + "&mainSearchCriteria.v.c=", "mainSearchCriteria.v.c is missing")]
    [InlineData("/connect?" + Icd10 + "&mainSearchCriteria.v.c=%3Cscript%3E", "is not an ICD-10-CM code")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.96&mainSearchCriteria.v.c=%3Cscript%3E", "is not a code")]
    [InlineData("/connect?" + Icd10 + "&mainSearchCriteria.v.c=G47.62&mainSearchCriteria.v.c=R25.2", "mainSearchCriteria.v.c is missing")]
    [InlineData("/connect?" + Icd10 + "&mainSearchCriteria.v.c=G47.62&knowledgeResponseType=text/csv", "is not supported")]
    public async Task A_missing_or_malformed_parameter_answers_400_saying_what_is_wrong(string path, string message)
    {
        using var response = await AskAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains(message, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
