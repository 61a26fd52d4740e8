using System.IO.Enumeration;

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

    /// <summary>
    /// The Markdown files under the folder, in name order, with names relative to it. A folder that is a
    /// link is not walked (it could lead anywhere on the server): it is listed as its name with a closing
    /// <c>/</c>, so the store can tell the editor. Links to files are listed; the loader refuses those
    /// that lead outside the folder.
    /// </summary>
    public static IReadOnlyList<string> MarkdownFiles(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var entries = new FileSystemEnumerable<string>(folder,
            (ref FileSystemEntry entry) => entry.ToFullPath() + (entry.IsDirectory ? "/" : ""), options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
            ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.IsDirectory
                ? (entry.Attributes & FileAttributes.ReparsePoint) != 0
                : IsMarkdown(entry.FileName.ToString()),
        };
        return entries.Select(f => RelativeName(folder, f.TrimEnd('/')) + (f.EndsWith('/') ? "/" : ""))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A name <see cref="MarkdownFiles"/> gave for a folder that is a link.</summary>
    public static bool IsLinkedFolder(string name) => name.EndsWith('/');

    public static bool IsLink(string path) =>
        (File.Exists(path) || Directory.Exists(path)) && new FileInfo(path).LinkTarget is not null;

    public static string RelativeName(string folder, string fullPath) =>
        Path.GetRelativePath(folder, fullPath).Replace('\\', '/');

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
