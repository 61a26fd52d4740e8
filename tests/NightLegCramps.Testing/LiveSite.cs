using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Testing;

/// <summary>
/// The site running over a temporary copy of the content, for tests that edit files while it serves pages.
/// Waits poll with a generous deadline; the time each change took to show is written to the test output
/// (the 1 second target itself is measured by bench/reload.sh, not asserted here).
/// </summary>
public sealed class LiveSite : IDisposable
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public LiveSite(string environment = "Production", IDictionary<string, string?>? settings = null)
    {
        Factory = new SiteFactory(Content.Folder, environment, settings);
        Client = Factory.CreatePlainClient();
    }

    public TempContent Content { get; } = new();

    public SiteFactory Factory { get; }

    public HttpClient Client { get; }

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Polls until the condition holds; returns how long it took. Every response seen must be a page, never a 500.</summary>
    public async Task<TimeSpan> WaitUntilAsync(string path, Func<HttpStatusCode, string, bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (status, body) = await GetAsync(path);
            Assert.NotEqual(HttpStatusCode.InternalServerError, status);
            if (condition(status, body))
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"{what}: visible after {clock.ElapsedMilliseconds} ms");
                return clock.Elapsed;
            }
            Assert.True(clock.Elapsed < Deadline, $"{what}: not visible after {Deadline.TotalSeconds} s (last status {(int)status})");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits until the site has logged an error mentioning the text.</summary>
    public async Task<LogEntry> WaitForErrorAsync(string text)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var error = Factory.Logs.Errors.FirstOrDefault(e => e.Message.Contains(text, StringComparison.Ordinal));
            if (error is not null) return error;
            Assert.True(clock.Elapsed < Deadline, $"no error mentioning '{text}' was logged within {Deadline.TotalSeconds} s");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>
    /// Waits until the content stops changing: the snapshot's version has stayed the same for longer than the
    /// watcher's longest burst (four debounce intervals), so every reload the last edit caused has run.
    /// </summary>
    public async Task WaitForContentToSettleAsync()
    {
        var store = Factory.Services.GetRequiredService<ContentStore>();
        var quiet = TimeSpan.FromMilliseconds(Factory.Services.GetRequiredService<IOptions<ContentSettings>>().Value.DebounceMilliseconds * 4);
        var clock = Stopwatch.StartNew();
        var version = store.Current.Version;
        var unchanged = Stopwatch.StartNew();
        while (unchanged.Elapsed <= quiet)
        {
            Assert.True(clock.Elapsed < Deadline, $"the content was still reloading after {Deadline.TotalSeconds} s");
            await Task.Delay(10, TestContext.Current.CancellationToken);
            if (store.Current.Version == version) continue;
            version = store.Current.Version;
            unchanged.Restart();
        }
    }

    /// <summary>The home page and every topic it lists answer 200.</summary>
    public async Task AssertEveryPageServesAsync()
    {
        var home = await Client.GetDocumentAsync("/");
        var paths = home.QuerySelectorAll(".topic-list a").Select(a => a.GetAttribute("href")!).Prepend("/").Distinct().ToList();
        Assert.True(paths.Count > 5, "the contents list is missing pages");
        foreach (var path in paths)
        {
            var (status, _) = await GetAsync(path);
            Assert.True(status == HttpStatusCode.OK, $"{path} answered {(int)status}");
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Content.Dispose();
    }
}
