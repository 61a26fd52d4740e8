using Microsoft.Extensions.Options;
using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.LiveContent;

internal static class ContentServiceExtensions
{
    /// <summary>Loads the Markdown content at start-up and keeps it current while the site runs.</summary>
    public static WebApplicationBuilder AddSiteContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentSettings>()
            .Bind(builder.Configuration.GetSection(ContentSettings.SectionName))
            .PostConfigure(s => s.IncludeDrafts |= builder.Environment.IsDevelopment());
        // The addresses the app serves itself are read from the app when the content first loads, after every
        // endpoint is mapped, and handed to the site checks: a page cannot take one as its slug.
        builder.Services.AddSingleton<AppAddresses>();
        builder.Services.AddSingleton(services => new ReservedAddresses(services.GetRequiredService<AppAddresses>().FirstParts));
        builder.Services.AddSingleton(services =>
        {
            var settings = services.GetRequiredService<IOptions<ContentSettings>>().Value;
            var folder = ResolveFolder(settings, builder.Environment.ContentRootPath);
            return new ContentStore(settings, folder, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ReservedAddresses>());
        });
        builder.Services.AddHostedService<ContentReloadService>();
        return builder;
    }

    public static string ResolveFolder(ContentSettings settings, string contentRoot) =>
        ContentFolder.Resolve(settings.Path, contentRoot, AppContext.BaseDirectory);
}
