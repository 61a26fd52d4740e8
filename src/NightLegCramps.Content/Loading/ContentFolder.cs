namespace NightLegCramps.Content.Loading;

/// <summary>Finds the content folder and lists the Markdown files in it.</summary>
internal static class ContentFolder
{
    public const string DefaultName = "content";

    /// <summary>
    /// An absolute path as it is. A relative one (by default <c>content</c>) is the nearest such folder
    /// at or above any start folder: <c>dotnet run --project</c> runs from the project folder, and a
    /// published site from its own folder, and both must find the repository's or their own content.
    /// </summary>
    public static string Resolve(string? configured, params string[] startFolders)
    {
        var wanted = string.IsNullOrWhiteSpace(configured) ? DefaultName : configured;
        var starts = startFolders.Length > 0 ? startFolders : [Directory.GetCurrentDirectory()];
        if (Path.IsPathRooted(wanted))
        {
            return Path.GetFullPath(wanted);
        }
        foreach (var start in starts)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.GetFullPath(wanted, folder.FullName);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return Path.GetFullPath(wanted, starts[0]);
    }

    /// <summary>The Markdown files under the folder, in name order, with names relative to it.</summary>
    public static IReadOnlyList<string> MarkdownFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
                .Select(f => RelativeName(folder, f))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public static string RelativeName(string folder, string fullPath) =>
        Path.GetRelativePath(folder, fullPath).Replace('\\', '/');

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
