namespace NightLegCramps.Content.Rendering.SafeLinks;

/// <summary>
/// The one list of link addresses the site will publish. Markdown is not an HTML sanitiser,
/// so every link and image address is checked against it after parsing.
/// </summary>
internal static class LinkPolicy
{
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"),
        // so judge the address the way a browser would read it.
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        if (cleaned.StartsWith("//", StringComparison.Ordinal) || cleaned.StartsWith('\\'))
        {
            return false; // protocol-relative: leaves the site with no scheme we can vet
        }
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return true;
        var firstPathChar = cleaned.IndexOfAny(['/', '?', '#']);
        if (firstPathChar >= 0 && firstPathChar < colon) return true; // a colon later in a relative path
        var scheme = cleaned[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Internal links are site-relative paths such as <c>/relief#what-to-try</c> or <c>#section</c>.</summary>
    public static bool IsInternal(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) || url.StartsWith('#');
}
