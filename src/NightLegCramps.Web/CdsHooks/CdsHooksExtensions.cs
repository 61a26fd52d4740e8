using Microsoft.Extensions.Options;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Security;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.CdsHooks;

/// <summary>
/// CDS Hooks 2.0: <c>GET /cds-services</c> lists the service, <c>POST /cds-services/night-leg-cramps-patient-info</c>
/// answers a <c>patient-view</c> call with one card when the prefetched conditions hold night leg cramps. Only these two
/// addresses answer cross-origin requests (EHRs call them from the browser); the rest of the site answers none.
/// </summary>
public static class CdsHooksExtensions
{
    public const string Path = "/cds-services";

    /// <summary>Any origin, no credentials: the answers are links to public pages and no cookie is ever read.</summary>
    private const string CorsPolicy = "CdsHooks";

    public static WebApplicationBuilder AddCdsHooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CdsHooksOptions>().BindConfiguration(CdsHooksOptions.SectionName)
            .Validate(o => o.MaxBodyBytes > 0, "CdsHooks:MaxBodyBytes must be at least 1")
            .ValidateOnStart();
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .AllowAnyHeader()
            .WithMethods(HttpMethods.Get, HttpMethods.Post)));
        return builder;
    }

    /// <summary>
    /// CORS, for the endpoints that ask for it by name (only the CDS Hooks ones), on their addresses only: the framework's
    /// CORS middleware asks the request's DI scope for its policy provider, so on every other address it would create and
    /// dispose a scope for nothing, a cached page included (docs/performance.md).
    /// </summary>
    public static WebApplication UseCdsHooks(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments(Path), cds => cds.UseCors());
        return app;
    }

    public static WebApplication MapCdsHooks(this WebApplication app)
    {
        app.MapRead(Path, (IOptions<SiteOptions> site) => TypedResults.Ok(new CdsDiscovery([CdsServiceDescription.For(site.Value.Name)])))
            .RequireCors(CorsPolicy);

        app.MapPost($"{Path}/{CdsServiceDescription.ServiceId}", async (HttpContext http, SiteContent content, IOptions<SiteOptions> site, IOptions<CdsHooksOptions> options) =>
        {
            // The call carries patient data: the answer must not be kept by any cache on the way back either.
            http.Response.Headers.CacheControl = "no-store";
            var (request, problem) = await CdsHookReader.ReadAsync(http.Request, options.Value.MaxBodyBytes, http.RequestAborted);
            if (problem is not null)
            {
                return Results.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title);
            }
            return request!.Codes.Count == 0
                ? Results.Json(CdsResponse.None)
                : Results.Json(new CdsResponse([PatientInfoCard.For(request.Codes, content, site.Value, options.Value)]));
        })
        .RequireCors(CorsPolicy);
        return app;
    }
}
