namespace NightLegCramps.Web.Site;

public static class SiteServiceExtensions
{
    public static WebApplicationBuilder AddSiteOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>()
            .Bind(builder.Configuration.GetSection(SiteOptions.SectionName))
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
                "Site:BaseUrl must be an absolute http or https address, like https://nightlegcramps.example.org")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
