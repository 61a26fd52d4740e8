using Microsoft.Extensions.FileProviders;
using NightLegCramps.Web.Logging;

namespace NightLegCramps.Web.Benchmark;

/// <summary>
/// For <c>bench/run.sh</c> only: when <c>Benchmark:StaticFolder</c> is set, this app also serves that
/// folder's files at <c>/bench-static/</c>, so a page can be compared with the same bytes served as a
/// plain file by the same process and pipeline. Off unless configured.
/// </summary>
public static class BenchmarkExtensions
{
    public const string StaticPath = "/bench-static";

    public static WebApplication UseBenchmarkStaticFolder(this WebApplication app)
    {
        var folder = app.Configuration["Benchmark:StaticFolder"];
        if (string.IsNullOrWhiteSpace(folder))
        {
            return app;
        }
        app.Services.GetRequiredService<LiveContent.AppAddresses>().ServedByMiddleware(StaticPath); // no page may take it
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)),
            RequestPath = StaticPath,
            // Logged at Debug, as the site's own stylesheets and scripts are: a file, not a page someone read.
            OnPrepareResponse = file => file.Context.Features.Set(RoutineRequest.Metadata),
        });
        return app;
    }
}
