using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NightLegCramps.Testing;

/// <summary>
/// A real static file server over a folder, on a free loopback port: Python's <c>http.server</c> or nginx.
/// When the program is missing the test is skipped with how to install it, unless REQUIRE_STATIC_SERVERS=1
/// (CI), where it fails instead.
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string? _work;

    private StaticServer(Process process, int port, string? work)
    {
        _process = process;
        _work = work;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    /// <summary><c>python3 -m http.server</c> over the folder, exactly as its documentation starts it.</summary>
    public static Task<StaticServer> PythonAsync(string folder)
    {
        var python = Require("python3", "apt-get install python3");
        var port = FreePort();
        return StartAsync(python, ["-m", "http.server", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--directory", folder], port, work: null);
    }

    /// <summary>
    /// nginx with <paramref name="server"/> as its only server block; <c>{root}</c> and <c>{port}</c> in it are
    /// replaced with the folder and a free loopback port. Everything else is nginx's own defaults.
    /// </summary>
    public static Task<StaticServer> NginxAsync(string folder, string server)
    {
        var nginx = Require("nginx", "apt-get install nginx-light");
        var port = FreePort();
        var work = Path.Combine(Path.GetTempPath(), "nlc-nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        // Run as root (as in CI), nginx's workers would drop to "nobody"; the export sits in a temp folder the test owns.
        var user = Environment.UserName == "root" ? "user root;" : "";
        var config = $$"""
            {{user}}
            daemon off;
            pid {{work}}/nginx.pid;
            events { worker_connections 64; }
            http {
              include /etc/nginx/mime.types;
              default_type application/octet-stream;
              access_log off;
              client_body_temp_path {{work}}/body;
              proxy_temp_path {{work}}/proxy;
              fastcgi_temp_path {{work}}/fastcgi;
              uwsgi_temp_path {{work}}/uwsgi;
              scgi_temp_path {{work}}/scgi;
              {{server.Replace("{root}", folder, StringComparison.Ordinal).Replace("{port}", $"127.0.0.1:{port}", StringComparison.Ordinal)}}
            }
            """;
        File.WriteAllText(Path.Combine(work, "nginx.conf"), config);
        return StartAsync(nginx, ["-p", work, "-e", Path.Combine(work, "error.log"), "-c", Path.Combine(work, "nginx.conf")], port, work);
    }

    private static async Task<StaticServer> StartAsync(string program, string[] args, int port, string? work)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var errors = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new StaticServer(process, port, work);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                lock (errors) Assert.Fail($"{program} exited with {process.ExitCode}: {errors}{ErrorLog(work)}");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
                return server;
            }
            catch (SocketException) when (clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }
        }
    }

    private static string ErrorLog(string? work) =>
        work is not null && File.Exists(Path.Combine(work, "error.log")) ? File.ReadAllText(Path.Combine(work, "error.log")) : "";

    private static string Require(string program, string install)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Concat(["/usr/sbin", "/usr/bin"])
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
        if (found is not null) return found;
        var message = $"{program} is not installed ({install}).";
        if (Environment.GetEnvironmentVariable("REQUIRE_STATIC_SERVERS") == "1") Assert.Fail(message + " REQUIRE_STATIC_SERVERS=1 demands it.");
        Assert.Skip(message);
        return null!; // not reached: Skip throws
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (_work is not null && Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }
}
