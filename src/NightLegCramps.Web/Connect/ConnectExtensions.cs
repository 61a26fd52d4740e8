using NightLegCramps.Web.Caching;

namespace NightLegCramps.Web.Connect;

public static class ConnectExtensions
{
    /// <summary>The page at <c>/connect</c> answers other systems as much as people, so it is cached like the API.</summary>
    public static WebApplicationBuilder AddConnect(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages().AddRazorPagesOptions(options =>
            options.Conventions.AddPageApplicationModelConvention(ConnectPage, page => page.EndpointMetadata.Add(DataResponse.Metadata)));
        return builder;
    }

    /// <summary>The Razor page that answers <c>/connect</c> (a page, so a browser's answer has the site's layout).</summary>
    private const string ConnectPage = "/Connect/Index";
}
