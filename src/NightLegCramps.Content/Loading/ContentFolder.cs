namespace NightLegCramps.Content.Loading;

/// <summary>Finds the content folder and lists the Markdown files in it.</summary>
public static class ContentFolder
{
    public const string DefaultName = "content";

    /// <summary>
    /// The configured path if there is one (relative to <paramref name="startFolders"/>' first entry);
    /// otherwise the nearest <c>content/</c> folder at or above any start folder, so both
    /// <c>dotnet run</c> in the repository and a published folder find their content.
    /// </summary>
    public static string Resolve(string? configured, params string[] startFolders)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, startFolders.FirstOrDefault() ?? Directory.GetCurrentDirectory());
        }
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, DefaultName);
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.md").Any())
                {
                    return candidate;
                }
            }
        }
        return Path.GetFullPath(DefaultName, startFolders.FirstOrDefault() ?? Directory.GetCurrentDirectory());
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
