namespace NightLegCramps.Web.Pages;

public static class PagesExtensions
{
    public static WebApplicationBuilder AddSitePages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        return builder;
    }

    /// <summary>Unknown addresses get the helpful 404 page, with their status code kept.</summary>
    public static WebApplication UseSitePages(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/not-found");
        return app;
    }

    public static WebApplication MapSitePages(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets(); // links to CSS and JS get fingerprinted addresses
        return app;
    }
}
