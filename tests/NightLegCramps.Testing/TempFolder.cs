using System.Text;

namespace NightLegCramps.Testing;

/// <summary>An empty throw-away folder for tests that read and write real files.</summary>
public class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nlc-test-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public void Write(string name, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(PathOf(name))!);
        File.WriteAllText(PathOf(name), text, new UTF8Encoding(false));
    }

    public string Read(string name) => File.ReadAllText(PathOf(name));

    public void WriteBytes(string name, byte[] bytes) => File.WriteAllBytes(PathOf(name), bytes);

    /// <summary>
    /// Saves as most editors do: the whole new text to a side file, then renamed over the old one, so a reader of the
    /// folder never sees the file half written (in-place writes are tested on purpose elsewhere).
    /// </summary>
    public void SaveByRename(string name, byte[] bytes)
    {
        var side = PathOf(name + ".saving");
        File.WriteAllBytes(side, bytes);
        File.Move(side, PathOf(name), overwrite: true);
    }

    public void SaveByRename(string name, string text) => SaveByRename(name, new UTF8Encoding(false).GetBytes(text));

    public void Delete(string name) => File.Delete(PathOf(name));

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a watcher may still hold the folder for a moment; the OS cleans its temp folder
        }
    }
}
