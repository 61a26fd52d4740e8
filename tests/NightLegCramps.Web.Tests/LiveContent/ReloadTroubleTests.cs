using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.Tests.LiveContent;

/// <summary>What the site says, and keeps doing, when something around a reload goes wrong.</summary>
public sealed class ReloadTroubleTests
{
    private static string WithTitle(string page, string title) =>
        string.Join('\n', page.Split('\n').Select(l => l.StartsWith("title: ", StringComparison.Ordinal) ? "title: " + title : l));

    [Fact]
    public async Task A_part_of_the_site_that_fails_on_a_reload_is_logged_as_such_and_the_next_edits_still_show()
    {
        using var site = new LiveSite();
        var store = site.Factory.Services.GetRequiredService<ContentStore>();
        var failures = 0;
        using var broken = ChangeToken.OnChange(store.GetReloadToken, () =>
        {
            Interlocked.Increment(ref failures);
            throw new InvalidOperationException("a subscriber that always fails");
        });
        var relief = site.Content.Read("relief.md");

        site.Content.SaveByRename("relief.md", WithTitle(relief, "Easing a cramp, first edit"));
        await site.WaitUntilAsync("/relief", (_, body) => body.Contains("Easing a cramp, first edit", StringComparison.Ordinal), "first edit");
        var error = await site.WaitForErrorAsync("a part of the site that reacts to reloads failed");

        // The truth: the new version is live; not "could not be reloaded".
        Assert.Matches(@"^Content version \d+ is live, but a part of the site that reacts to reloads failed$", error.Message);
        Assert.Contains("a subscriber that always fails", error.Exception, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Factory.Logs.Entries, e => e.Message.Contains("could not be reloaded", StringComparison.Ordinal));

        site.Content.SaveByRename("relief.md", WithTitle(relief, "Easing a cramp, second edit"));
        await site.WaitUntilAsync("/relief", (_, body) => body.Contains("Easing a cramp, second edit", StringComparison.Ordinal), "second edit");
        Assert.True(failures >= 2, $"the failing part ran {failures} times");
        Assert.True(site.Factory.Logs.Entries.Count(e => e.Message == "relief.md reloaded") >= 2);
    }

    [Fact]
    public async Task Readyz_says_Degraded_over_HTTP_and_names_a_file_too_slow_to_load_while_the_site_still_answers()
    {
        // A budget no real page comes near, and a file (about 900 KB of emphasis) that takes far longer to build.
        using var site = new LiveSite(settings: new Dictionary<string, string?> { ["Content:FileLoadBudgetMilliseconds"] = "250" });
        var (before, _) = await site.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, before);

        site.Content.SaveByRename("slow.md", "---\ntitle: Slow\nsummary: A page that takes long to build.\nslug: slow\norder: 70\nlastReviewed: 2026-01-01\nnextReview: 2099-01-01\n---\n\n"
            + string.Concat(Enumerable.Repeat("*a* _b_ [c](/relief) ", 45_000)) + "\n\n:::notice\nGeneral information.\n:::\n");
        await site.WaitUntilAsync("/readyz", (_, body) => body.Contains("slow.md", StringComparison.Ordinal), "slow file reported");

        var (status, body) = await site.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, status); // still ready: the last good content is served
        using var report = JsonDocument.Parse(body);
        Assert.Equal("Degraded", report.RootElement.GetProperty("status").GetString());
        Assert.Contains("slow.md", report.RootElement.GetProperty("slowFiles").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync("/slow")).Status);
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync("/relief")).Status);
    }
}
