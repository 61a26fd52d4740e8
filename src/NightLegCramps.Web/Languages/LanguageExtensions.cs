using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.Options;
using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.Languages;

public static class LanguageExtensions
{
    /// <summary>
    /// The site's languages (<c>Content:Languages</c>, the default first), their words (<see cref="SiteText"/>) and
    /// their addresses: each page a language other than the default has is also served under its code.
    /// </summary>
    public static WebApplicationBuilder AddSiteLanguages(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        // Write letters such as á and ñ as they are, not as &#xE1;: shorter pages, and readable source.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton(services => SiteLanguages.Parse(services.GetRequiredService<IOptions<ContentSettings>>().Value.Languages));
        builder.Services.Configure<RouteOptions>(o => o.SetParameterPolicy<LanguageRouteConstraint>(LanguageRouteConstraint.Name));
        // PostConfigure: AddRazorPages sets up the conventions collection afresh, whichever is called first.
        builder.Services.PostConfigure<RazorPagesOptions>(o =>
        {
            var language = "{lang:" + LanguageRouteConstraint.Name + "}";
            o.Conventions.AddPageRoute("/Index", language);
            o.Conventions.AddPageRoute("/Topic", language + "/{slug}");
            o.Conventions.AddPageRoute("/Handout/Index", language + "/handout");
            o.Conventions.AddPageRoute("/Offline", language + "/offline");
        });
        builder.Services.AddOptions<RequestLocalizationOptions>().Configure<SiteLanguages>((options, languages) =>
        {
            var cultures = languages.Codes.Select(SiteLanguages.Culture).ToList();
            options.DefaultRequestCulture = new(languages.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new PathLanguageProvider(languages)];
        });
        return builder;
    }

    /// <summary>Sets each request's culture from its address, before anything renders words or dates.</summary>
    public static WebApplication UseSiteLanguages(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
