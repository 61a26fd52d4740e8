using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace NightLegCramps.Web.Compression;

public static class CompressionExtensions
{
    /// <summary>
    /// Brotli, then gzip, for HTML, JSON, CSS, JavaScript, XML and SVG. Pages are compressed once per
    /// cached entry (the output cache sits outside this), so the better ratio of Optimal is affordable.
    /// CSS and JS come precompressed from MapStaticAssets and pass through untouched.
    /// </summary>
    public static WebApplicationBuilder AddSiteCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            // Safe over HTTPS here: no page carries a secret next to text a visitor controls (BREACH).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/manifest+json"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return builder;
    }

    public static WebApplication UseSiteCompression(this WebApplication app)
    {
        app.UseResponseCompression();
        return app;
    }
}
