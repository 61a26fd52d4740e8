using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Checking;

/// <summary>What the checker found in a content folder.</summary>
internal sealed record CheckReport(string Folder, SiteContent Content, IReadOnlyList<ContentFinding> Findings)
{
    public int Errors => Findings.Count(f => f.IsError);
    public int Warnings => Findings.Count(f => !f.IsError);
    public int ExitCode => Errors == 0 ? 0 : 1;

    /// <summary>One line per finding, then a summary: the form editors and CI read.</summary>
    public void WriteTo(TextWriter output)
    {
        foreach (var finding in Findings) output.WriteLine(finding);
        output.WriteLine($"check-content: {Counted.Of(Content.Files.Count, "file")}, {Counted.Of(Content.EveryPage.Count(), "page")} published, {Counted.Of(Errors, "error")}, {Counted.Of(Warnings, "warning")} in {Folder}");
    }
}

/// <summary>
/// The content check: the site's own loader over a folder (so it finds exactly what the site would),
/// with drafts included so they are checked before they go live.
/// </summary>
internal static class ContentChecker
{
    /// <param name="reserved">The addresses the site serves itself, so a page cannot take one (the web app knows them).</param>
    public static CheckReport Run(string folder, ContentSettings settings, TimeProvider clock, ReservedAddresses? reserved = null)
    {
        var fullPath = Path.GetFullPath(folder);
        if (!Directory.Exists(fullPath))
        {
            var missing = new ContentFinding(folder, 1, Severity.Error, "content folder does not exist.");
            return new CheckReport(fullPath, SiteContent.Empty, [missing]);
        }
        var checkAll = settings with { Path = fullPath, IncludeDrafts = true };
        using var store = new ContentStore(checkAll, fullPath, clock, reserved);
        store.LoadAll();
        var content = store.Current;
        var findings = content.FindingsOn(DateOnly.FromDateTime(clock.GetLocalNow().Date)).Concat(EditorialRules.Check(fullPath, content))
            .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ToList();
        if (content.Files.Count == 0)
        {
            findings.Add(new ContentFinding(folder, 1, Severity.Error, "content folder has no Markdown (.md) files."));
        }
        return new CheckReport(fullPath, content, findings);
    }
}
