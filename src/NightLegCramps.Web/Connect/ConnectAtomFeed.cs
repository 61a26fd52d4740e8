using System.Xml.Linq;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Connect;

/// <summary>
/// The answer as an Atom feed (RFC 4287) shaped by the HL7 Infobutton SOA implementation guide: a category for each
/// criterion the site understood, a subtitle saying what was found, and per topic an entry whose
/// <c>link rel="alternate" type="text/html" hreflang="…"</c> is the page to open.
/// </summary>
internal static class ConnectAtomFeed
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(ConnectAnswer answer, SiteOptions site)
    {
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", answer.Language),
            new XElement(Atom + "id", answer.Url),
            new XElement(Atom + "title", answer.Title),
            new XElement(Atom + "subtitle", answer.Subtitle),
            new XElement(Atom + "updated", AtomDate(answer.Updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", site.Name), new XElement(Atom + "uri", site.AbsoluteUrl("/"))),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", answer.Url)),
            answer.Categories.Select(c => new XElement(Atom + "category", new XAttribute("scheme", c.Scheme), new XAttribute("term", c.Term))),
            answer.Entries.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "id", e.Url),
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"),
                    new XAttribute("hreflang", e.Language), new XAttribute("title", e.Title), new XAttribute("href", e.Url)),
                new XElement(Atom + "summary", e.Summary),
                new XElement(Atom + "updated", AtomDate(e.LastReviewed)))));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + feed;
    }

    /// <summary>Atom wants a full date-time; a review is a day, so midnight UTC.</summary>
    private static string AtomDate(DateOnly date) => date.Iso() + "T00:00:00Z";
}
