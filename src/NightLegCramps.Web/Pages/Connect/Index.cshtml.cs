using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using NightLegCramps.Content.Languages;
using NightLegCramps.Web.Languages;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Caching;
using NightLegCramps.Web.Connect;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Pages.Connect;

/// <summary>
/// <c>/connect</c>: lets an electronic health record link from a diagnosis code to this site's topics, after the
/// HL7 Infobutton convention MedlinePlus Connect uses. Atom by default, JSON or <c>text/xml</c> on request, and a
/// page of the topics for a person who opens the address in a browser.
/// </summary>
[OutputCache(PolicyName = CachePolicies.Connect)]
internal sealed class ConnectModel(SiteContent content, IOptions<SiteOptions> site, IStringLocalizer<SiteText> text, SiteLanguages languages) : PageModel
{
    public const string Path = "/connect";

    public ConnectAnswer Answer { get; private set; } = null!;

    public IActionResult OnGet()
    {
        var (request, problem) = ConnectRequest.Read(Request.Query, Request.Headers[HeaderNames.Accept]);
        if (!Request.Query.ContainsKey(ConnectRequest.ResponseTypeParameter))
        {
            Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept); // the same address is a page or a feed by who asks
        }
        if (request is null)
        {
            return new JsonResult(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The lookup request is not complete",
                Detail = problem,
            })
            { StatusCode = StatusCodes.Status400BadRequest, ContentType = "application/problem+json" };
        }
        // The request's culture is already the reader's language (see ConnectExtensions), so the answer's words are too.
        Answer = ConnectAnswer.For(request, content, site.Value, Path, text, languages);
        Response.Headers.ContentLanguage = Answer.Language;
        return request.Format switch
        {
            ConnectFormat.Json => new JsonResult(Answer),
            ConnectFormat.Atom => Content(ConnectAtomFeed.Write(Answer, site.Value), ConnectRequest.Atom + "; charset=utf-8"),
            ConnectFormat.Xml => Content(ConnectAtomFeed.Write(Answer, site.Value), ConnectRequest.Xml + "; charset=utf-8"),
            _ => Page(),
        };
    }
}
