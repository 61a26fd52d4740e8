using System.Xml.Linq;
using Microsoft.Extensions.Options;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Caching;
using NightLegCramps.Web.Security;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Connect;

/// <summary>
/// <c>/connect</c>: lets an electronic health record link from a diagnosis code to this site's topics,
/// after the HL7 Infobutton convention MedlinePlus Connect uses. JSON by default, Atom on request.
/// </summary>
public static class ConnectEndpoint
{
    public const string Path = "/connect";

    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";

    public static WebApplication MapConnect(this WebApplication app)
    {
        app.MapRead(Path, (HttpContext http, ContentStore store, IOptions<SiteOptions> options) =>
        {
            var (request, problem) = ConnectRequest.Read(http.Request.Query);
            if (request is null)
            {
                return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "The lookup request is not complete");
            }
            var site = options.Value;
            var known = ConditionCodes.Find(request.CodeSystem, request.Code);
            var content = store.Current;
            // Every code we know is a code for the one condition this site covers: all topics answer it, in reading order.
            var topics = known is null ? [] : content.Topics;
            var self = site.AbsoluteUrl(Path + request.Query);
            return request.WantsAtom
                ? Results.Text(AtomFeed(request, known, topics, content, site, self), ConnectRequest.Atom + "; charset=utf-8")
                : Results.Json(new ConnectAnswer(
                    FeedTitle(request, known, site),
                    self,
                    known?.Value ?? request.Code,
                    known?.Name,
                    known?.CodingSystem ?? "ICD-10-CM",
                    topics.Select(t => ConnectEntry.From(t, site)).ToList()));
        })
        .CachedAsData()
        .WithMetadata(new ChangesWithQueryAttribute([.. ConnectRequest.Parameters]));
        return app;
    }

    private static string FeedTitle(ConnectRequest request, ConditionCode? known, SiteOptions site) => known is null
        ? $"{site.Name}: no information for code {request.Code}"
        : $"{site.Name}: information for {known.CodingSystem} {known.Value} ({known.Name})";

    private static string AtomFeed(ConnectRequest request, ConditionCode? known, IReadOnlyList<Topic> topics,
        SiteContent content, SiteOptions site, string self)
    {
        // Atom needs an updated time even for an empty feed: the newest review of any page says when the answer last changed.
        var newest = content.AllPages.Select(t => t.Review.LastReviewed).DefaultIfEmpty(DateOnly.MinValue).Max();
        var feed = new XElement(AtomNs + "feed",
            new XElement(AtomNs + "id", self),
            new XElement(AtomNs + "title", FeedTitle(request, known, site)),
            new XElement(AtomNs + "updated", AtomDate(newest)),
            new XElement(AtomNs + "author", new XElement(AtomNs + "name", site.Name)),
            new XElement(AtomNs + "link", new XAttribute("rel", "self"), new XAttribute("href", self)),
            topics.Select(t => new XElement(AtomNs + "entry",
                new XElement(AtomNs + "id", site.AbsoluteUrl(t.Path)),
                new XElement(AtomNs + "title", t.Title),
                new XElement(AtomNs + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", site.AbsoluteUrl(t.Path))),
                new XElement(AtomNs + "summary", t.Summary),
                new XElement(AtomNs + "updated", AtomDate(t.Review.LastReviewed)))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }

    private static string AtomDate(DateOnly date) => date.Iso() + "T00:00:00Z";
}

/// <summary>The JSON answer: what was asked, and the topics that answer it.</summary>
public sealed record ConnectAnswer(string Title, string Url, string Code, string? CodeName, string CodingSystem, IReadOnlyList<ConnectEntry> Entries);

public sealed record ConnectEntry(string Title, string Url, string Summary, DateOnly LastReviewed)
{
    public static ConnectEntry From(Topic topic, SiteOptions site) =>
        new(topic.Title, site.AbsoluteUrl(topic.Path), topic.Summary, topic.Review.LastReviewed);
}
