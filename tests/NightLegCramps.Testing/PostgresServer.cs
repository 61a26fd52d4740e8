using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace NightLegCramps.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster for the storage tests: <c>initdb</c> into a temporary folder, <c>pg_ctl</c>
/// on a free loopback port, as the <c>postgres</c> user when the tests run as root (PostgreSQL refuses root),
/// stopped and removed afterwards. Started on first use, once per test run. Without the server binaries the
/// tests that need it skip and say how to install them; with REQUIRE_POSTGRES=1 (CI) they fail instead.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly Lazy<Task<string>> _started;
    private string? _folder;
    private string? _bin;
    private int _databases;

    public PostgresServer() => _started = new Lazy<Task<string>>(StartAsync);

    /// <summary>The folder holding initdb and pg_ctl: /usr/lib/postgresql/VERSION/bin (newest first), or the PATH.</summary>
    public static string? FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin"))
            : [];
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return candidates.Concat(path).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    /// <summary>A connection string to a new, empty database on the cluster (one per caller, so tests never see each other's rows).</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var server = await Server();
        var name = $"feedback_{Interlocked.Increment(ref _databases)}";
        await using (var connection = new NpgsqlConnection(server + ";Database=postgres"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        return $"{server};Database={name}";
    }

    /// <summary>Stops the server at once, as a crash or an outage would (for the "database down" tests).</summary>
    public async Task StopAsync()
    {
        await Server();
        await PgCtlAsync("stop", "-m", "immediate");
    }

    /// <summary>Starts it again after <see cref="StopAsync"/>.</summary>
    public async Task RestartAsync() => await PgCtlAsync("start", "-w", "-t", "60", "-l", Path.Combine(_folder!, "log"), "-o", Options);

    private int Port { get; set; }

    private string Options => $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off";

    private async Task<string> Server()
    {
        var server = await _started.Value;
        if (server.Length == 0)
        {
            var message = "PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin or on the PATH. Install them: apt-get install postgresql";
            if (Environment.GetEnvironmentVariable("REQUIRE_POSTGRES") == "1") Assert.Fail(message + " (REQUIRE_POSTGRES=1 demands it.)");
            Assert.Skip(message);
        }
        return server;
    }

    private async Task<string> StartAsync()
    {
        _bin = FindBinaries();
        if (_bin is null) return "";
        _folder = Path.Combine(Path.GetTempPath(), "nlc-postgres-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        if (IsRoot) await RunAsync("chown", "postgres:postgres", _folder);
        Port = FreePort();
        await RunAsync(Tool("initdb"), ["-D", Path.Combine(_folder, "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"], asPostgres: true);
        await RestartAsync();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Timeout=5;Pooling=false";
    }

    private Task PgCtlAsync(params string[] args) => RunAsync(Tool("pg_ctl"), ["-D", Path.Combine(_folder!, "data"), .. args], asPostgres: true);

    private string Tool(string name) => Path.Combine(_bin!, name);

    private static bool IsRoot => Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsync(string file, params string[] args) => RunAsync(file, args, asPostgres: false);

    private static async Task RunAsync(string file, string[] args, bool asPostgres)
    {
        var start = asPostgres && IsRoot ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args]) : new ProcessStartInfo(file, args);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await errors}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_started.IsValueCreated || _folder is null) return;
        try
        {
            if ((await _started.Value).Length > 0) await PgCtlAsync("stop", "-m", "immediate");
        }
        catch (InvalidOperationException)
        {
            // already stopped by a test
        }
        Directory.Delete(_folder, recursive: true);
    }
}
