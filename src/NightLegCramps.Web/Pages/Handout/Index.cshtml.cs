using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Languages;
using NightLegCramps.Web.Caching;
using NightLegCramps.Web.Handout;

namespace NightLegCramps.Web.Pages.Handout;

/// <summary>The handout builder: pick topics with the form, then print them as one page.</summary>
[OutputCache(PolicyName = CachePolicies.Handout)]
internal sealed class HandoutModel(SiteContent content, SiteLanguages languages) : PageModel
{
    public HandoutRequest Selection { get; private set; } = new([], []);

    /// <summary>The content the handout was made from, for finding the topics its links lead to.</summary>
    public SiteContent SiteContent { get; private set; } = SiteContent.Empty;

    /// <summary>Every topic a clinician can pick, in reading order.</summary>
    public IReadOnlyList<Topic> Choices { get; private set; } = [];

    /// <summary>The same handout in every language that has all of its topics (or that language's empty form).</summary>
    public IReadOnlyList<PageVersion> Versions { get; private set; } = [];

    public void OnGet()
    {
        var language = RequestLanguage.Current(languages);
        var edition = content.Edition(language);
        Choices = edition.Topics;
        var prefix = languages.PathPrefix(language);
        Selection = HandoutRequest.Read(HttpContext.Request.Query[HandoutRequest.TopicsParameter], edition, prefix,
            slug => content.FindByAlias(prefix + "/" + slug) is { } renamed && renamed.Language == language ? renamed : null)
            with { WithNotes = HandoutRequest.ReadNotes(HttpContext.Request.Query[HandoutRequest.NotesParameter]) };
        SiteContent = content;
        Versions = languages.Codes
            .Where(l => content.Edition(l).Home is not null)
            .Select(l => new PageVersion(l, HandoutRequest.AddressOf(languages.PathPrefix(l),
                Selection.Topics.Select(t => content.VersionsOf(t).FirstOrDefault(v => v.Language == l)).OfType<Topic>().ToList() is var translated
                && translated.Count == Selection.Topics.Count ? translated : [])))
            .ToList();
    }
}
