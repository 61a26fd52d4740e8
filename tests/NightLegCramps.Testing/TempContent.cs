namespace NightLegCramps.Testing;

/// <summary>A throw-away copy of the fixture content (or an empty content folder), for tests that edit files.</summary>
public sealed class TempContent : TempFolder
{
    public TempContent(bool copyFixtureContent = true)
    {
        if (!copyFixtureContent) return;
        foreach (var file in Directory.GetFiles(SiteFactory.FixtureContent, "*", SearchOption.AllDirectories))
        {
            var target = PathOf(System.IO.Path.GetRelativePath(SiteFactory.FixtureContent, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder => Path;
}
