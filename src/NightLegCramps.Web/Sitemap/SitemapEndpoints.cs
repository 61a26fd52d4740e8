using System.Xml.Linq;
using Microsoft.Extensions.Options;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Caching;
using NightLegCramps.Web.Handout;
using NightLegCramps.Web.Security;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Sitemap;

/// <summary><c>/sitemap.xml</c> (every published page and its last review) and <c>/robots.txt</c> pointing to it.</summary>
public static class SitemapEndpoints
{
    public const string SitemapPath = "/sitemap.xml";
    public const string RobotsPath = "/robots.txt";

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>Site pages that are not topics but are worth finding; they have no review date.</summary>
    private static readonly IReadOnlyList<string> OtherPages = ["/for-clinicians", HandoutRequest.Path];

    public static WebApplication MapSitemap(this WebApplication app)
    {
        app.MapRead(SitemapPath, (SiteContent content, IOptions<SiteOptions> site) =>
        {
            // Drafts are never in the snapshot's published pages, so they never reach the sitemap.
            var urls = content.EveryPage
                .Select(t => Url(site.Value.AbsoluteUrl(t.Path), t.Review.LastReviewed, Alternates(t, content, site.Value)))
                .Concat(OtherPages.Select(p => Url(site.Value.AbsoluteUrl(p), null, [])));
            var xml = new XDocument(new XDeclaration("1.0", "utf-8", null),
                new XElement(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
            return Results.Text(xml.Declaration + "\n" + xml.Root, "application/xml; charset=utf-8");
        }).CachedAsData();
        app.MapRead(RobotsPath, (IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nAllow: /\n\nSitemap: {site.Value.AbsoluteUrl(SitemapPath)}\n", "text/plain; charset=utf-8"))
            .CachedAsData();
        return app;
    }

    private static XElement Url(string loc, DateOnly? lastModified, IEnumerable<XElement> alternates) => new(Ns + "url",
        new XElement(Ns + "loc", loc),
        lastModified is { } date ? new XElement(Ns + "lastmod", date.Iso()) : null,
        alternates);

    /// <summary>
    /// The same alternates as the page's head: every language version, the page itself included, and x-default
    /// for the default language's; none for a page that exists in one language only.
    /// </summary>
    private static List<XElement> Alternates(Topic topic, SiteContent content, SiteOptions site)
    {
        var versions = content.VersionsOf(topic);
        if (versions.Count < 2) return [];
        return versions.Select(v => Link(v.Language, site.AbsoluteUrl(v.Path)))
            .Concat(versions.Where(v => v.Language == content.Languages.Default).Select(v => Link("x-default", site.AbsoluteUrl(v.Path))))
            .ToList();
    }

    private static XElement Link(string hreflang, string href) => new(Xhtml + "link",
        new XAttribute("rel", "alternate"), new XAttribute("hreflang", hreflang), new XAttribute("href", href));
}
