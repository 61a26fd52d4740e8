using NightLegCramps.Content.Loading;
using NightLegCramps.Web.Caching;
using NightLegCramps.Web.Languages;

using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Connect;

public static class ConnectExtensions
{
    /// <summary>The page at <c>/connect</c> answers other systems as much as people, so it is cached like the API.</summary>
    public static WebApplicationBuilder AddConnect(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages().AddRazorPagesOptions(options =>
            options.Conventions.AddPageApplicationModelConvention(ConnectPage, page =>
            {
                page.EndpointMetadata.Add(DataResponse.Metadata);
                // The reader's language is informationRecipient.languageCode.c (es, es-US, spa): the request localization
                // takes it from there, so the answer and the page a browser gets are in it, when the site publishes it.
                page.EndpointMetadata.Add(new LanguageFromQuery(http => ConnectTopics.For(
                    http.Content(),
                    ConnectRequest.LanguageOf(http.Request.Query[ConnectRequest.LanguageParameter].ToString())).Language));
            }));
        return builder;
    }

    /// <summary>The Razor page that answers <c>/connect</c> (a page, so a browser's answer has the site's layout).</summary>
    private const string ConnectPage = "/Connect/Index";
}
