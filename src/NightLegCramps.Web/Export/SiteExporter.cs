using System.Net;
using System.Text.RegularExpressions;

namespace NightLegCramps.Web.Export;

/// <summary>What an export wrote, and the linked addresses it left out because they need the app.</summary>
public sealed record ExportResult(IReadOnlyList<ExportedFile> Files, IReadOnlyList<string> NeedTheApp);

/// <summary>One address and the file its bytes were saved to, relative to the export folder.</summary>
public sealed record ExportedFile(string Address, string File);

/// <summary>
/// Saves the site as static files by asking the running site for every address, so each file holds
/// exactly the bytes the live site serves. Pages are saved as <c>slug.html</c>, which static hosts
/// serve at <c>/slug</c> without a trailing-slash redirect.
/// </summary>
public sealed partial class SiteExporter(HttpClient site)
{
    /// <summary>Addresses other parts of the site may serve; any that answer 404 are skipped.</summary>
    public static readonly IReadOnlyList<string> FixedAddresses =
        ["/for-clinicians", "/sitemap.xml", "/robots.txt", "/api/topics", "/api/conditions", "/favicon.svg"];

    /// <summary>The not-found page, saved where static hosts look for one.</summary>
    public const string NotFoundAddress = "/not-found";

    public async Task<ExportResult> ExportAsync(IEnumerable<string> pages, string folder, CancellationToken cancellation)
    {
        var files = new List<ExportedFile>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var linked = new SortedSet<string>(StringComparer.Ordinal);
        var needTheApp = new List<string>();

        foreach (var address in pages.Concat(FixedAddresses))
        {
            if (!done.Add(address)) continue;
            var saved = await SaveAsync(address, folder, mustExist: !FixedAddresses.Contains(address), htmlAllowed: true, cancellation);
            if (saved is null) continue;
            files.Add(saved.File);
            if (saved.IsHtml) linked.UnionWith(LocalLinks(saved.Body));
        }

        using (var notFound = await site.GetAsync(NotFoundAddress, cancellation))
        {
            if (notFound.StatusCode == HttpStatusCode.NotFound)
            {
                await WriteAsync(folder, "404.html", await notFound.Content.ReadAsByteArrayAsync(cancellation), cancellation);
                files.Add(new ExportedFile(NotFoundAddress, "404.html"));
            }
        }

        // Stylesheets, scripts and images the pages use; a linked page that was not exported needs the app.
        foreach (var address in linked.Where(done.Add))
        {
            var saved = await SaveAsync(address, folder, mustExist: false, htmlAllowed: false, cancellation);
            if (saved is not null) files.Add(saved.File);
            else needTheApp.Add(address);
        }
        return new ExportResult(files, needTheApp);
    }

    private async Task<Saved?> SaveAsync(string address, string folder, bool mustExist, bool htmlAllowed, CancellationToken cancellation)
    {
        using var response = await site.GetAsync(address, cancellation);
        if (response.StatusCode == HttpStatusCode.NotFound && !mustExist)
        {
            return null;
        }
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{address} answered {(int)response.StatusCode} {response.StatusCode}; the export needs 200.");
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        var isHtml = mediaType == "text/html";
        if (isHtml && !htmlAllowed)
        {
            return null;
        }
        var body = await response.Content.ReadAsByteArrayAsync(cancellation);
        var file = FileFor(address, mediaType);
        await WriteAsync(folder, file, body, cancellation);
        return new Saved(new ExportedFile(address, file), body, isHtml);
    }

    /// <summary><c>/</c> is index.html; an address without an extension gets one from its media type.</summary>
    public static string FileFor(string address, string mediaType)
    {
        var path = address.Trim('/');
        if (path.Length == 0) return "index.html";
        if (Path.HasExtension(path)) return path;
        return mediaType switch
        {
            "text/html" => path + ".html",
            "application/json" => path + ".json",
            _ => path,
        };
    }

    private static async Task WriteAsync(string folder, string file, byte[] body, CancellationToken cancellation)
    {
        var root = Path.GetFullPath(folder);
        var target = Path.GetFullPath(Path.Combine(root, file));
        if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{file} would be written outside the export folder.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target, body, cancellation);
    }

    /// <summary>Site-relative addresses in href and src attributes, without query or fragment.</summary>
    private static IEnumerable<string> LocalLinks(byte[] html) =>
        LinkPattern().Matches(System.Text.Encoding.UTF8.GetString(html))
            .Select(m => WebUtility.HtmlDecode(m.Groups["path"].Value));

    [GeneratedRegex("""(?:href|src)="(?<path>/(?!/)[^"?#]*)""")]
    private static partial Regex LinkPattern();

    private sealed record Saved(ExportedFile File, byte[] Body, bool IsHtml);
}
