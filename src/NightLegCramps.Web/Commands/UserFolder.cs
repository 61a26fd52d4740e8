namespace NightLegCramps.Web.Commands;

/// <summary>The folder a relative path on the command line is relative to: where the user typed the command.</summary>
public static class UserFolder
{
    /// <summary>
    /// The current folder, except under <c>dotnet run</c>: the Web SDK starts the app in the project folder
    /// (its RunWorkingDirectory), so <c>export out</c> typed at the repository root would land in
    /// src/NightLegCramps.Web/out. The shell's <c>PWD</c> still names the folder the command was typed in.
    /// Only when the app runs in its own project folder is PWD believed, so a process started elsewhere
    /// with a stale PWD (a script's subprocess with its own working folder) is not misled.
    /// </summary>
    public static string Current
    {
        get
        {
            var current = Directory.GetCurrentDirectory();
            var shell = Environment.GetEnvironmentVariable("PWD");
            var runFromProjectFolder = File.Exists(Path.Combine(current, typeof(UserFolder).Assembly.GetName().Name + ".csproj"));
            return runFromProjectFolder && !string.IsNullOrEmpty(shell) && Path.IsPathRooted(shell) && Directory.Exists(shell)
                ? shell
                : current;
        }
    }

    /// <summary>A path from the command line as a full path.</summary>
    public static string Resolve(string path) => Path.GetFullPath(path, Current);
}
