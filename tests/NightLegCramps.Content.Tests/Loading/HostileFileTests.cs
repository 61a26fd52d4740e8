using System.Diagnostics;
using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Loading;

/// <summary>
/// Files that once crashed, froze or fooled the site (issue 11): each is refused with a finding that names the
/// file and line, the other pages keep working, and an edit to another file still shows within 2 seconds.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Lists inside each other in the front matter: at 30,000 (60 KB) YamlDotNet's recursion overflowed the stack.</summary>
    private static string DeepFrontMatter(int depth = 30_000) =>
        SamplePage.Markdown(SamplePage.FrontMatter("deep") + "deep: " + new string('[', depth) + new string(']', depth) + "\n");

    /// <summary>Nine levels of aliases, nine wide, with the last used as a mapping key: hashing it walks 9^9 values.</summary>
    private static string AliasKeyFrontMatter(bool asKey)
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i <= 9; i++) lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]");
        lines.Add(asKey ? "? *a9\n: boom" : "boom: *a9");
        return SamplePage.Markdown(SamplePage.FrontMatter("alias") + string.Join('\n', lines) + "\n");
    }

    private ContentStore Store(int budgetMilliseconds = 5000) =>
        new(new ContentSettings { DebounceMilliseconds = 30, FileLoadBudgetMilliseconds = budgetMilliseconds }, _folder.Path, FixedClock.Today);

    /// <summary>Loads on a thread with a small stack, as a thread-pool thread has, where the overflow killed the process.</summary>
    private static void LoadOnSmallStack(ContentStore store)
    {
        var thread = new Thread(() => store.LoadAll(), maxStackSize: 512 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "the load did not finish");
    }

    [Fact]
    public void Front_matter_nested_thirty_thousand_deep_is_refused_at_start_up_with_its_line()
    {
        _folder.Write("good.md", SamplePage.Markdown(SamplePage.FrontMatter("good")));
        _folder.Write("deep.md", DeepFrontMatter());
        using var store = Store();

        LoadOnSmallStack(store);

        // 60 KB is refused for its size, before any parsing, on the front matter's first line.
        var finding = Assert.Single(store.Current.Files.Single(f => f.File == "deep.md").Findings, f => f.IsError);
        Assert.Equal(2, finding.Line);
        Assert.Contains("the limit is 16,384", finding.Message, StringComparison.Ordinal);
        Assert.NotNull(store.Current.Find("good"));
        Assert.Null(store.Current.Find("deep"));
    }

    [Fact]
    public async Task Front_matter_nested_thirty_thousand_deep_on_a_live_reload_keeps_the_last_good_version()
    {
        _folder.Write("deep.md", SamplePage.Markdown(SamplePage.FrontMatter("deep"), body: "The good version.\n"));
        using var store = Store();
        store.LoadAll();
        store.Watch();

        // 7,000 deep fits the size limit (14 KB), so the depth check is what refuses it, on its own line.
        _folder.Write("deep.md", DeepFrontMatter(7_000));

        await Poll(() => store.Current.Files.Single().ServingLastGood);
        Assert.Equal(8, store.Current.Files.Single().Findings.Single(f => f.IsError).Line);
        Assert.Contains("The good version.", store.Current.Find("deep")?.Html, StringComparison.Ordinal);
        Assert.Contains(store.Current.Files.Single().Findings, f => f.IsError && f.Message.Contains("nested more than", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_used_as_a_key_is_refused_on_its_line()
    {
        _folder.Write("alias.md", SamplePage.Markdown(SamplePage.FrontMatter("alias") + "a: &a x\n? *a\n: y\n"));
        using var store = Store();

        store.LoadAll();

        var finding = Assert.Single(store.Current.Files.Single().Findings, f => f.IsError);
        Assert.Contains("as a key", finding.Message, StringComparison.Ordinal);
        Assert.Equal(9, finding.Line);
    }

    [Theory]
    [InlineData(true, "more than 16 aliases")]
    [InlineData(false, "more than 16 aliases")]
    public void An_alias_bomb_is_refused_at_once_with_its_line(bool asKey, string message)
    {
        _folder.Write("alias.md", AliasKeyFrontMatter(asKey));
        using var store = Store();
        var clock = Stopwatch.StartNew();

        store.LoadAll();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the load took {clock.Elapsed.TotalSeconds:0.0} s");
        var finding = Assert.Single(store.Current.Files.Single().Findings, f => f.IsError);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        Assert.InRange(finding.Line, 8, 18);
    }

    [Fact]
    public async Task A_named_pipe_is_refused_and_other_edits_still_show_within_two_seconds()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named pipes are made with mkfifo on Linux");
        _folder.Write("other.md", SamplePage.Markdown(SamplePage.FrontMatter("other"), body: "First.\n"));
        using (var mkfifo = Process.Start("mkfifo", _folder.PathOf("pipe.md")))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        using var store = Store();
        store.Watch();

        var load = Task.Run(store.LoadAll, TestContext.Current.CancellationToken);
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)));

        var finding = Assert.Single(store.Current.Files.Single(f => f.File == "pipe.md").Findings);
        Assert.Contains("not a regular file", finding.Message, StringComparison.Ordinal);
        _folder.Write("other.md", SamplePage.Markdown(SamplePage.FrontMatter("other"), body: "Second.\n"));
        await Poll(() => store.Current.Find("other")?.Html.Contains("Second.", StringComparison.Ordinal) == true, seconds: 2);
    }

    [Fact]
    public void A_linked_file_or_folder_that_leads_outside_the_content_folder_is_not_published()
    {
        using var outside = new TempFolder();
        outside.Write("secret.md", SamplePage.Markdown(SamplePage.FrontMatter("secret")));
        outside.Write("more/hidden.md", SamplePage.Markdown(SamplePage.FrontMatter("hidden")));
        File.CreateSymbolicLink(_folder.PathOf("secret.md"), outside.PathOf("secret.md"));
        Directory.CreateSymbolicLink(_folder.PathOf("linked"), outside.PathOf("more"));
        using var store = Store();

        store.LoadAll();

        Assert.Null(store.Current.Find("secret"));
        Assert.Null(store.Current.Find("hidden"));
        Assert.Contains("outside the content folder", Assert.Single(store.Current.Files.Single(f => f.File == "secret.md").Findings).Message, StringComparison.Ordinal);
        Assert.Contains("is a link to", Assert.Single(store.Current.Files.Single(f => f.File == "linked/").Findings).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(store.Current.Files, f => f.File.StartsWith("linked/", StringComparison.Ordinal) && f.File != "linked/");
    }

    [Fact]
    public void Any_error_keeps_the_last_good_version_and_a_warning_still_publishes()
    {
        _folder.Write("sample.md", SamplePage.Markdown(body: "The first version.\n"));
        using var store = Store();
        store.LoadAll();

        // An error that is not in the front matter: the closing notice is missing.
        _folder.Write("sample.md", SamplePage.Markdown(body: "The second version.\n", notice: false));
        store.Refresh(["sample.md"]);
        Assert.Contains("The first version.", store.Current.Find("sample")?.Html, StringComparison.Ordinal);
        Assert.True(store.Current.Files.Single().ServingLastGood);

        // A warning only (an unknown callout kind): the new version goes live.
        _folder.Write("sample.md", SamplePage.Markdown(body: "The third version.\n\n:::urgnet\nSoon.\n:::\n"));
        store.Refresh(["sample.md"]);
        Assert.Contains("The third version.", store.Current.Find("sample")?.Html, StringComparison.Ordinal);
        Assert.False(store.Current.Files.Single().ServingLastGood);
    }

    [Fact]
    public async Task A_file_rewritten_in_place_in_chunks_never_goes_live_truncated()
    {
        var full = SamplePage.Markdown(body: string.Concat(Enumerable.Repeat("Stretch your calf before bed. ", 60)) + "\n");
        _folder.Write("sample.md", full);
        using var store = Store();
        store.LoadAll();
        store.Watch();
        var bytes = System.Text.Encoding.UTF8.GetBytes(full);
        var seen = 0;
        var truncated = 0;
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var page = store.Current.Find("sample");
                Interlocked.Increment(ref seen);
                if (page is null || page.NoticeHtml.Length == 0 || !page.Html.TrimEnd().EndsWith("</p>", StringComparison.Ordinal)) Interlocked.Increment(ref truncated);
                await Task.Delay(1);
            }
        }, TestContext.Current.CancellationToken);

        // 40 saves in place, each written in four chunks with pauses between them, as some editors' tools do.
        for (var round = 0; round < 40; round++)
        {
            await using var stream = new FileStream(_folder.PathOf("sample.md"), FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            stream.SetLength(0);
            for (var chunk = 0; chunk < 4; chunk++)
            {
                var size = bytes.Length / 4 + (chunk == 3 ? bytes.Length % 4 : 0);
                await stream.WriteAsync(bytes.AsMemory(chunk * (bytes.Length / 4), size), TestContext.Current.CancellationToken);
                await stream.FlushAsync(TestContext.Current.CancellationToken);
                await Task.Delay(15, TestContext.Current.CancellationToken);
            }
        }
        await Task.Delay(300, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await reader;

        Assert.True(seen > 100, $"only {seen} looks at the page");
        Assert.Equal(0, truncated);
        Assert.NotNull(store.Current.Find("sample"));
    }

    [Fact]
    public void A_file_over_its_time_budget_is_left_out_and_the_others_still_load()
    {
        // About 900 KB of emphasis takes far longer than 1 ms to build; the small page is unchanged and costs a hash.
        _folder.Write("small.md", SamplePage.Markdown(SamplePage.FrontMatter("small")));
        using var store = Store(budgetMilliseconds: 1);
        store.LoadAll(); // the small page may or may not fit 1 ms on a busy machine; it is already known after this
        _folder.Write("slow.md", SamplePage.Markdown(SamplePage.FrontMatter("slow"), body: string.Concat(Enumerable.Repeat("*a* _b_ [c](/small) ", 45_000)) + "\n"));

        store.Refresh(["slow.md", "small.md"]);

        var finding = Assert.Single(store.Current.Files.Single(f => f.File == "slow.md").Findings);
        Assert.Contains("took longer than", finding.Message, StringComparison.Ordinal);
        Assert.Null(store.Current.Find("slow"));
        Assert.Contains("slow.md", store.Health.SlowFiles);
    }

    [Fact]
    public void A_newline_in_a_file_name_cannot_forge_a_line_of_the_report()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Linux allows a newline in a file name");
        _folder.Write("evil\nsample.md:1: error: forged.md", SamplePage.Markdown(notice: false));
        using var store = Store();

        store.LoadAll();

        var line = Assert.Single(store.Current.Files.Single().Findings).ToString();
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("evil\\nsample.md", line, StringComparison.Ordinal);
    }

    private static async Task Poll(Func<bool> condition, int seconds = 10)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(seconds), $"the change did not show within {seconds} s");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => _folder.Dispose();
}
