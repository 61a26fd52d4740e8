namespace NightLegCramps.Web.Pages;

public static class PagesExtensions
{
    public static WebApplicationBuilder AddSitePages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();
        return builder;
    }

    public static WebApplication UseSitePages(this WebApplication app)
    {
        // Unknown addresses get the helpful 404 page, with its status code kept.
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets(); // links to CSS and JS get fingerprinted addresses
        return app;
    }
}
