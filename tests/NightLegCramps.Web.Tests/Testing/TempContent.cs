namespace NightLegCramps.Web.Tests.Testing;

/// <summary>A throw-away content folder, optionally seeded with the real content, for tests that edit files.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent(bool copyRepositoryContent = true)
    {
        Folder = Path.Combine(Path.GetTempPath(), "nlc-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (!copyRepositoryContent) return;
        foreach (var file in Directory.GetFiles(SiteFactory.RepositoryContent, "*.md"))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public string Read(string name) => File.ReadAllText(PathOf(name));

    public void Write(string name, string text) => File.WriteAllText(PathOf(name), text);

    public void Delete(string name) => File.Delete(PathOf(name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the OS cleans temp folders.
        }
    }
}
