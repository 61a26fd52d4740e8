using System.Xml.Linq;
using Microsoft.Extensions.Options;
using NightLegCramps.Content.Loading;
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

    /// <summary>Site pages that are not topics but are worth finding; they have no review date.</summary>
    private static readonly IReadOnlyList<string> OtherPages = ["/for-clinicians", HandoutRequest.Path];

    public static WebApplication MapSitemap(this WebApplication app)
    {
        app.MapRead(SitemapPath, (ContentStore store, IOptions<SiteOptions> site) =>
        {
            // Drafts are never in the snapshot's published pages, so they never reach the sitemap.
            var urls = store.Current.AllPages
                .Select(t => Url(site.Value.AbsoluteUrl(t.Path), t.Review.LastReviewed))
                .Concat(OtherPages.Select(p => Url(site.Value.AbsoluteUrl(p), null)));
            var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset", urls));
            return Results.Text(xml.Declaration + "\n" + xml.Root, "application/xml; charset=utf-8");
        }).CachedAsData();
        app.MapRead(RobotsPath, (IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nAllow: /\n\nSitemap: {site.Value.AbsoluteUrl(SitemapPath)}\n", "text/plain; charset=utf-8"))
            .CachedAsData();
        return app;
    }

    private static XElement Url(string loc, DateOnly? lastModified) => new(Ns + "url",
        new XElement(Ns + "loc", loc),
        lastModified is { } date ? new XElement(Ns + "lastmod", date.Iso()) : null);
}
