using Microsoft.Extensions.Options;
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
        builder.Services.AddSingleton(services =>
        {
            var settings = services.GetRequiredService<IOptions<ContentSettings>>().Value;
            var folder = ResolveFolder(settings, builder.Environment.ContentRootPath);
            return new ContentStore(settings, folder, services.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddHostedService<ContentReloadService>();
        return builder;
    }

    public static string ResolveFolder(ContentSettings settings, string contentRoot) =>
        ContentFolder.Resolve(settings.Path, contentRoot, AppContext.BaseDirectory);
}
