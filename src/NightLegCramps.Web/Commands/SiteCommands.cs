using System.Text;
using NightLegCramps.Web.Export;
using NightLegCramps.Web.Feedback;

namespace NightLegCramps.Web.Commands;

/// <summary>
/// One thing the program can do: serve the site (no command), or a command typed after
/// <c>dotnet run --project src/NightLegCramps.Web --</c>.
/// </summary>
/// <param name="Name">What is typed, or "" for serving the site.</param>
/// <param name="Arguments">Its arguments as the usage text shows them.</param>
/// <param name="Summary">What it does, for the usage text.</param>
internal sealed record SiteCommand(string Name, string Arguments, string Summary)
{
    /// <summary>How many arguments that are not settings it takes (a folder, for example).</summary>
    public (int Min, int Max) Positional { get; init; }

    /// <summary>A command that needs no site: it gets every argument after its name and reads them itself.</summary>
    public Func<string[], Task<int>>? RunAlone { get; init; }

    /// <summary>A command that runs on the site, built with every middleware and endpoint but not yet started.</summary>
    public Func<WebApplication, IReadOnlyList<string>, Task<int>>? RunOnSite { get; init; }

    /// <summary>The settings the site is built with, from those typed.</summary>
    public Func<string[], string[]> HostSettings { get; init; } = settings => settings;

    /// <summary>Whether it serves pages to someone (the site, an export), so it needs the public address.</summary>
    public bool ServesPages { get; init; }
}

/// <summary>What the command line asks for: a command, its arguments, and the settings typed with it.</summary>
internal sealed record CommandLine(SiteCommand Command, IReadOnlyList<string> Arguments, string[] Settings, string[] Raw)
{
    /// <summary>Set when the program must stop before building the site: usage text, or a mistake.</summary>
    public int? ExitCode { get; init; }

    /// <summary>The settings the site is built with.</summary>
    public string[] HostSettings => Command.HostSettings(Settings);

    /// <summary>Runs what needs no site: the usage text, a mistake (exit 2), or a command with its own host. Null: build the site.</summary>
    public async Task<int?> RunWithoutSiteAsync() =>
        ExitCode ?? (Command.RunAlone is { } run ? await run(Raw[1..]) : null);

    /// <summary>Runs the command on the built site; with no command, serves it until stopped.</summary>
    public Task<int> RunOnSiteAsync(WebApplication app) => Command.RunOnSite!(app, Arguments);
}

/// <summary>
/// The one table of commands. Each command's name, arguments and summary are here, so <c>--help</c> and the
/// message for a mistake print the same list, and a new command is one more row.
/// </summary>
internal static class SiteCommands
{
    /// <summary>Serving the site: what the program does with no command.</summary>
    public static SiteCommand Serve { get; } = new("", "", "Serve the site (the default).")
    {
        RunOnSite = ServeAsync,
        ServesPages = true,
    };

    /// <summary>
    /// Serves until stopped. A start that fails (a setting that does not validate, a port in use, a middleware that
    /// cannot be built) exits 1 after one Fatal line in the site's own log, instead of an unhandled exception: the
    /// host has already logged the exception with its stack ("Hosting failed to start"). The framework's hosting
    /// diagnostics logger, which also logged a middleware that cannot be built, is off (LoggingExtensions says why).
    /// </summary>
    private static async Task<int> ServeAsync(WebApplication app, IReadOnlyList<string> arguments)
    {
        await using (app)
        {
            try
            {
                await app.StartAsync();
            }
            catch (Exception exception)
            {
                app.Services.GetRequiredService<Serilog.ILogger>().Fatal("The site could not start: {Reason}", exception.Message);
                return 1;
            }
            await app.WaitForShutdownAsync();
        }
        return 0;
    }

    public static IReadOnlyList<SiteCommand> All { get; } =
    [
        new("check-content", "[PATH]", "Check a content folder (default: the configured one) as the site would load it, plus the editorial rules. One line per problem; exit 1 on errors.")
        {
            Positional = (0, 1),
            RunOnSite = CheckContentCommand.RunAsync,
            HostSettings = CheckContentCommand.HostSettings,
        },
        new("export", "OUT_DIR", "Save the whole site as static files in OUT_DIR (new or empty), for a static host. Runs as Production; needs --Site:BaseUrl.")
        {
            Positional = (1, 1),
            RunOnSite = ExportCommand.RunAsync,
            HostSettings = ExportCommand.HostSettings,
            ServesPages = true,
        },
        new("feedback-report", "[--since YYYY-MM-DD] [--lang CODE] [--format table|csv]", "Print readers' answers to \"Is this page useful?\" per page: yes, no, % useful, reasons, latest comments.")
        {
            RunAlone = FeedbackReportCommand.RunAsync,
        },
        new("migrate", "", "Bring the feedback database's schema up to date, then exit (for Feedback:MigrateAtStart=false).")
        {
            RunAlone = MigrateCommand.RunAsync,
        },
    ];

    /// <summary>The usage text: every command and the options they share.</summary>
    public static string Usage { get; } = BuildUsage();

    /// <summary>Reads the command line. Never throws: a mistake becomes exit code 2 with the usage text.</summary>
    public static CommandLine Parse(string[] args)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?") || args is ["help", ..])
        {
            Console.Out.Write(Usage);
            return new CommandLine(Serve, [], [], args) { ExitCode = 0 };
        }

        // No command: the first word is a setting (--Site:BaseUrl=..., urls=...), so the site starts with all of them.
        var named = args is [var first, ..] && !first.StartsWith('-') && !first.Contains('=', StringComparison.Ordinal);
        var command = named ? All.FirstOrDefault(c => c.Name == args[0]) : Serve;
        if (command is null)
        {
            return Mistake(args, $"unknown command '{args[0]}'.");
        }
        if (command.RunAlone is not null)
        {
            return new CommandLine(command, [], [], args);
        }

        var positional = new List<string>();
        var settings = new List<string>();
        for (var i = named ? 1 : 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                settings.Add(arg);
                if (arg.Contains('=', StringComparison.Ordinal)) continue;
                // "--Content:MaxFiles 10": the next word is this setting's value, never a folder.
                if (i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return Mistake(args, $"'{arg}' needs a value: {arg}=VALUE or {arg} VALUE.");
                }
                settings.Add(args[++i]);
            }
            else if (arg.StartsWith('-'))
            {
                return Mistake(args, $"unknown option '{arg}'. Settings are written --Section:Key=value.");
            }
            else if (!named && arg.Contains('=', StringComparison.Ordinal))
            {
                settings.Add(arg); // key=value, which ASP.NET Core also reads as a setting
            }
            else
            {
                positional.Add(arg);
            }
        }
        if (positional.Count < command.Positional.Min || positional.Count > command.Positional.Max)
        {
            return Mistake(args, named
                ? $"'{command.Name}' takes {command.Arguments}; got {(positional.Count == 0 ? "nothing" : string.Join(" ", positional.Select(p => $"'{p}'")))}."
                : $"unknown command '{positional[0]}'.");
        }
        return new CommandLine(command, positional, [.. settings], args);
    }

    private static CommandLine Mistake(string[] args, string message)
    {
        Console.Error.WriteLine("error: " + message);
        Console.Error.Write(Usage);
        return new CommandLine(Serve, [], [], args) { ExitCode = 2 };
    }

    private static string BuildUsage()
    {
        var text = new StringBuilder();
        text.AppendLine("Night leg cramps: the site, and commands for editors and deployers.");
        text.AppendLine();
        text.AppendLine("usage: dotnet run --project src/NightLegCramps.Web -- [COMMAND] [ARGUMENTS] [--Setting=value ...]");
        text.AppendLine("       dotnet NightLegCramps.Web.dll [COMMAND] [ARGUMENTS] [--Setting=value ...]   (published)");
        text.AppendLine();
        text.AppendLine("With no command, the site starts and serves pages until stopped.");
        text.AppendLine();
        text.AppendLine("commands:");
        foreach (var command in All)
        {
            text.Append("  ").AppendLine((command.Name + " " + command.Arguments).TrimEnd());
            text.Append("      ").AppendLine(command.Summary);
        }
        text.AppendLine("  --help");
        text.AppendLine("      Print this text and exit.");
        text.AppendLine();
        text.AppendLine("options (for the site and every command; any setting in appsettings.json, see the README):");
        text.AppendLine("  --Content:Path=FOLDER      the content folder (default: the repository's content/)");
        text.AppendLine("  --Site:BaseUrl=URL         the public address (required outside Development)");
        text.AppendLine("  --environment=NAME         Development, Production (the default outside dotnet run)");
        text.AppendLine("  --urls=URL                 where the site listens, such as http://0.0.0.0:8080");
        text.AppendLine("  --Section:Key VALUE        the same as --Section:Key=VALUE");
        text.AppendLine();
        text.AppendLine("Exit codes: 0 done, 1 failed (problems found, or the site cannot start), 2 a mistake on the command line.");
        return text.ToString();
    }
}
