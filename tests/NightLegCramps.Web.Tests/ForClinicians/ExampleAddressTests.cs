using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NightLegCramps.Web.Tests.ForClinicians;

/// <summary>
/// A clinician or an EHR developer copies the example addresses from the README and from /for-clinicians as they are.
/// Each one is percent-encoded correctly (no bare <c>+</c>, which a query reads as a space) and is asked, character
/// for character, of the running site.
/// </summary>
public sealed partial class ExampleAddressTests(SharedSite site)
{
    private const string BaseUrl = "https://nightlegcramps.example.org";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> ReadmeExamples => new(ReadmeAddresses());

    private static IEnumerable<string> ReadmeAddresses()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NightLegCramps.sln"))) folder = folder.Parent;
        var readme = File.ReadAllText(Path.Combine(folder!.FullName, "README.md"));
        return CodeSpan().Matches(readme).Select(m => m.Groups[1].Value).Where(IsExample).Distinct();
    }

    /// <summary>An address that asks something of the site: the handout and the lookup, with their query.</summary>
    private static bool IsExample(string text) => text.StartsWith("/connect?", StringComparison.Ordinal) || text.StartsWith("/handout?", StringComparison.Ordinal);

    [Fact]
    public void The_README_shows_the_lookup_and_the_handout_examples() =>
        Assert.True(ReadmeAddresses().Count(a => a.StartsWith("/connect?", StringComparison.Ordinal)) >= 2
            && ReadmeAddresses().Any(a => a.StartsWith("/handout?", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(ReadmeExamples))]
    public async Task Every_README_example_address_is_encoded_right_and_works_as_written(string address) =>
        await AssertWorksAsync(address);

    [Fact]
    public async Task Every_example_address_on_the_clinicians_page_is_encoded_right_and_works_as_written()
    {
        var page = await site.CreateClient().GetDocumentAsync("/for-clinicians");
        var examples = page.QuerySelectorAll("main a[href*='/handout?'], main a[href*='/connect?']").ToList();

        Assert.True(examples.Count >= 4);
        foreach (var link in examples)
        {
            var href = link.GetAttribute("href")!;
            Assert.Equal(href, link.TextContent); // what the reader copies is what the link opens
            Assert.StartsWith(BaseUrl + "/", href, StringComparison.Ordinal);
            await AssertWorksAsync(href[BaseUrl.Length..]);
        }
    }

    private async Task AssertWorksAsync(string address)
    {
        AssertPercentEncoded(address);
        using var response = await site.CreateClient().GetAsync(address, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        if (address.Contains("application%2Fatom%2Bxml", StringComparison.Ordinal))
        {
            Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty(XDocument.Parse(body).Root!.Elements(Atom + "entry")); // the examples use the site's own codes
        }
        else if (address.Contains("application%2Fjson", StringComparison.Ordinal))
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            Assert.NotEmpty(Html.Parse(body).QuerySelectorAll("article.handout-topic"));
        }
    }

    /// <summary>
    /// RFC 3986: every character of the query is one a URI allows, a % starts a two-digit escape, and there is no
    /// <c>+</c>, which HTML forms and servers read as a space.
    /// </summary>
    private static void AssertPercentEncoded(string address)
    {
        var query = address[(address.IndexOf('?', StringComparison.Ordinal) + 1)..];
        Assert.DoesNotContain('+', query);
        Assert.Matches(EncodedQuery(), query);
    }

    [GeneratedRegex("`(/[^`\\s]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^([A-Za-z0-9\-._~!$'()*,;:@/?&=]|%[0-9A-F]{2})*$")]
    private static partial Regex EncodedQuery();
}
