using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NightLegCramps.Web.Export;

/// <summary>What an export wrote, the linked addresses that need the app, and links that found nothing.</summary>
public sealed record ExportResult(IReadOnlyList<ExportedFile> Files, IReadOnlyList<string> NeedTheApp, IReadOnlyList<string> NotFound);

/// <summary>One address and the file its bytes were saved to, relative to the export folder.</summary>
public sealed record ExportedFile(string Address, string File);

/// <summary>
/// Saves the site as static files by asking the running site for every address and following every link,
/// so whatever pages the site has (in any language) are exported, each with the bytes the live site serves
/// apart from its site links. A page <c>/relief</c> is saved as <c>relief/index.html</c>, which every static
/// server (python's http.server and nginx with no configuration included) serves at <c>/relief/</c>; so
/// links between exported files are written with that address and need no redirect. Canonical addresses,
/// Open Graph, JSON-LD, the sitemap and QR codes are absolute (<c>Site:BaseUrl</c>) and stay as they are.
/// Links to parts that need the running app become absolute links to <c>Site:BaseUrl</c>.
/// </summary>
public sealed partial class SiteExporter(HttpClient site, string baseUrl)
{
    /// <summary>Addresses saved even when no page links them; any that answer 404 are skipped.</summary>
    public static readonly IReadOnlyList<string> FixedAddresses =
        ["/", "/for-clinicians", "/sitemap.xml", "/robots.txt", "/api/topics", "/api/conditions", "/favicon.svg",
         "/manifest.webmanifest"]; // add to home screen; the service worker is left out (see WithoutOfflineCopies)

    /// <summary>
    /// Parts that answer from the request (a query, a form post, live files) and so cannot be a file: links to
    /// them point at the app at <c>Site:BaseUrl</c>. An address below one of these counts too.
    /// </summary>
    public static readonly IReadOnlyList<string> AppOnlyAddresses = ["/handout", "/connect", "/feedback", "/editor"];

    /// <summary>The not-found page, saved as 404.html where static hosts look for one.</summary>
    public const string NotFoundAddress = "/not-found";

    public const string NotFoundFile = "404.html";

    private readonly Dictionary<string, Fetched> _fetched = new(StringComparer.Ordinal);

    /// <param name="pages">The site's pages; every page they link to is exported too.</param>
    public async Task<ExportResult> ExportAsync(IEnumerable<string> pages, string folder, CancellationToken cancellation)
    {
        var needTheApp = new SortedSet<string>(StringComparer.Ordinal);
        var notFound = new SortedSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(string Address, bool MustExist)>(pages.Select(p => (p, true)).Concat(FixedAddresses.Select(a => (a, false))));
        var seen = new HashSet<string>(StringComparer.Ordinal);

        while (queue.TryDequeue(out var next))
        {
            var address = next.Address;
            if (!seen.Add(address)) continue;
            if (NeedsTheApp(address))
            {
                needTheApp.Add(address);
                continue;
            }
            var fetched = await FetchAsync(address, cancellation);
            if (fetched is Fetched.Missing)
            {
                if (next.MustExist) throw new InvalidOperationException($"{address} answered 404; the export needs 200.");
                if (!FixedAddresses.Contains(address)) notFound.Add(address);
                continue;
            }
            _fetched[address] = fetched;
            foreach (var link in fetched.Links()) queue.Enqueue((link, false));
        }

        var notFoundPage = await FetchNotFoundPageAsync(cancellation);
        var files = new List<ExportedFile>();
        // Nothing is written until every address has answered, so a failed export leaves no half a site.
        foreach (var (address, fetched) in _fetched)
        {
            if (fetched is not Fetched.Saved saved) continue;
            await WriteAsync(folder, saved.File, saved.IsHtml ? RewriteLinks(WithoutOfflineCopies(saved.Body)) : saved.Body, cancellation);
            files.Add(new ExportedFile(address, saved.File));
        }
        if (notFoundPage is not null)
        {
            await WriteAsync(folder, NotFoundFile, RewriteLinks(WithoutOfflineCopies(notFoundPage)), cancellation);
            files.Add(new ExportedFile(NotFoundAddress, NotFoundFile));
        }
        return new ExportResult(files, [.. needTheApp], [.. notFound]);
    }

    /// <summary>The file for an address: a page is <c>slug/index.html</c>, JSON gets <c>.json</c>, other files keep their path.</summary>
    public static string FileFor(string address, string mediaType)
    {
        var path = address.Trim('/');
        if (mediaType == "text/html") return path.Length == 0 ? "index.html" : path + "/index.html";
        if (Path.HasExtension(path)) return path;
        return mediaType == "application/json" ? path + ".json" : path;
    }

    /// <summary>The address a static host serves a file at: <c>relief/index.html</c> at <c>/relief/</c>.</summary>
    public static string StaticAddressOf(string file) =>
        file == "index.html" || file.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + file[..^"index.html".Length] : "/" + file;

    private static bool NeedsTheApp(string address) =>
        AppOnlyAddresses.Any(a => address == a || address.StartsWith(a + "/", StringComparison.Ordinal));

    private async Task<Fetched> FetchAsync(string address, CancellationToken cancellation)
    {
        using var response = await site.GetAsync(address, cancellation);
        if (response.StatusCode == HttpStatusCode.NotFound) return new Fetched.Missing();
        if ((int)response.StatusCode is 301 or 308 && response.Headers.Location is { } location && LocalPath(location.OriginalString) is { } target)
        {
            return new Fetched.Redirect(target);
        }
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{address} answered {(int)response.StatusCode} {response.StatusCode}; the export needs 200.");
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        var body = await response.Content.ReadAsByteArrayAsync(cancellation);
        return new Fetched.Saved(FileFor(address, mediaType), body, mediaType == "text/html");
    }

    private async Task<byte[]?> FetchNotFoundPageAsync(CancellationToken cancellation)
    {
        using var response = await site.GetAsync(NotFoundAddress, cancellation);
        return response.StatusCode == HttpStatusCode.NotFound && response.Content.Headers.ContentType?.MediaType == "text/html"
            ? await response.Content.ReadAsByteArrayAsync(cancellation)
            : null;
    }

    /// <summary>
    /// Every site link (href, src, form action) points at the file the export holds for it, or, for a part
    /// that needs the app, at that part on <c>Site:BaseUrl</c>. Links that found nothing are left as the
    /// site has them, so they fail the same way there.
    /// </summary>
    private byte[] RewriteLinks(byte[] html) =>
        Encoding.UTF8.GetBytes(SiteLinkPattern().Replace(Encoding.UTF8.GetString(html), match =>
        {
            var path = WebUtility.HtmlDecode(match.Groups["path"].Value);
            var rest = match.Groups["rest"].Value;
            var rewritten = StaticAddress(path) ?? (NeedsTheApp(path) ? baseUrl.TrimEnd('/') + WebUtility.HtmlEncode(path) : null);
            return rewritten is null ? match.Value : $"{match.Groups["attribute"].Value}=\"{rewritten}{rest}\"";
        }));

    /// <summary>
    /// A static host is left without the service worker: its pages move (<c>/relief</c> answers a redirect to
    /// <c>/relief/</c>, which the worker never keeps), the offline page and the pages kept for a cramp would never be
    /// saved, and the host's own caching, not ours, decides when a reader sees a new version. So the exported pages
    /// name no pages to keep (site.js then registers no worker) and carry no offline note; readers get plain pages.
    /// </summary>
    private static byte[] WithoutOfflineCopies(byte[] html) =>
        Encoding.UTF8.GetBytes(OfflineParts().Replace(Encoding.UTF8.GetString(html), ""));

    /// <summary>The body's list of pages to keep offline, and the hidden offline note under the header.</summary>
    [GeneratedRegex(@" data-offline-pages=""[^""]*""|\s*<p class=""offline-note"" hidden>[^<]*</p>")]
    private static partial Regex OfflineParts();

    private string? StaticAddress(string path, int hops = 0) => _fetched.GetValueOrDefault(path) switch
    {
        Fetched.Saved saved => WebUtility.HtmlEncode(StaticAddressOf(saved.File)),
        Fetched.Redirect redirect when hops < 5 => StaticAddress(redirect.Target, hops + 1),
        _ => null,
    };

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

    /// <summary>The path of a site-relative address (<c>/relief</c> from <c>/relief?x#y</c>), or null for any other.</summary>
    private static string? LocalPath(string address) =>
        address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal) ? address.Split('?', '#')[0] : null;

    /// <summary>href, src and action attributes holding a site-relative address: the path, then any query or fragment.</summary>
    [GeneratedRegex(@"(?<attribute>\b(?:href|src|action))=""(?<path>/(?!/)[^""?#]*)(?<rest>[^""]*)""")]
    private static partial Regex SiteLinkPattern();

    /// <summary>What an address answered.</summary>
    private abstract record Fetched
    {
        /// <summary>Addresses this one links to or sends to, to export as well (form actions are not followed).</summary>
        public virtual IEnumerable<string> Links() => [];

        public sealed record Missing : Fetched;

        public sealed record Redirect(string Target) : Fetched
        {
            public override IEnumerable<string> Links() => [Target];
        }

        public sealed record Saved(string File, byte[] Body, bool IsHtml) : Fetched
        {
            public override IEnumerable<string> Links() => IsHtml
                ? SiteLinkPattern().Matches(Encoding.UTF8.GetString(Body))
                    .Where(m => m.Groups["attribute"].Value != "action")
                    .Select(m => WebUtility.HtmlDecode(m.Groups["path"].Value))
                : [];
        }
    }
}
