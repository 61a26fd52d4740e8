using Microsoft.Extensions.Primitives;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Connect;
using NightLegCramps.Web.Handout;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.CdsHooks;

/// <summary>The card shown when the patient has night leg cramps: where to read about them, and a handout to print.</summary>
internal static class PatientInfoCard
{
    public static CdsCard For(IReadOnlyList<ConditionCode> codes, SiteContent content, SiteOptions site, CdsHooksOptions options)
    {
        // CDS Hooks carries no reader language for patient-view; the lookup's own default applies.
        var topics = ConnectTopics.For(content, ConnectRequest.DefaultLanguage).Topics;
        var handout = HandoutRequest.Read(new StringValues(string.Join(",", options.HandoutTopics)), content.Default, pathPrefix: "");
        var links = new List<CdsLink>();
        if (!handout.IsEmpty)
        {
            links.Add(CdsLink.Absolute("Printable handout: " + string.Join(", ", handout.Topics.Select(t => t.Title)), site.AbsoluteUrl(handout.Address)));
        }
        links.AddRange(topics.Select(t => CdsLink.Absolute(t.Title, site.AbsoluteUrl(t.Path))));
        var coded = string.Join(" and ", codes.Select(c => $"{c.CodingSystem} {c.Value} ({c.Name})"));
        return new CdsCard(
            $"{site.Name}: plain-language pages and a printable handout for this patient",
            $"The patient's active conditions include {coded}. These pages explain night leg cramps in plain words for patients, "
                + "to read on a phone or to print. The handout puts several of them on one printout, with a QR code back to the pages.",
            "info",
            new CdsSource(site.Name, site.AbsoluteUrl("/")),
            links);
    }
}
