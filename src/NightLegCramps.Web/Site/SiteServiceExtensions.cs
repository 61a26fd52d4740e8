namespace NightLegCramps.Web.Site;

public static class SiteServiceExtensions
{
    public static WebApplicationBuilder AddSiteOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>()
            .Bind(builder.Configuration.GetSection(SiteOptions.SectionName))
            .Validate(o => SiteOptions.IsPublicAddress(o.BaseUrl), SiteOptions.BaseUrlHelp)
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// One line saying what is wrong with <c>Site:BaseUrl</c> and how to set it, or null when it is usable.
    /// Checked before the site starts, so it (or an export) stops with that line instead of
    /// quietly printing QR codes and canonical links that point at localhost. Development gets its
    /// address from appsettings.Development.json. Checked on the built app, whose configuration holds every source.
    /// </summary>
    public static string? BaseUrlProblem(this WebApplication app)
    {
        var key = $"{SiteOptions.SectionName}:{nameof(SiteOptions.BaseUrl)}";
        var value = app.Configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return app.Environment.IsDevelopment()
                ? null
                : $"{key} is not set: {SiteOptions.BaseUrlHelp}";
        }
        return SiteOptions.IsPublicAddress(value) ? null : $"{key} is \"{value}\": {SiteOptions.BaseUrlHelp}";
    }
}
