using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NightLegCramps.Browser.Tests.Testing;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>axe-core finds no WCAG 2.0, 2.1 or 2.2 A/AA violation on any page, in the light or the dark theme.</summary>
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        ResultTypes = [ResultType.Violations], // skip serialising every passing node: much faster, same verdict
    };

    [Theory]
    [MemberData(nameof(SitePages.AllInLightAndDark), MemberType = typeof(SitePages))]
    public async Task Page_has_no_WCAG_violations(string path, string theme)
    {
        await using var tab = await site.OpenAsync(path, new()
        {
            ViewportSize = Viewports.Phone,
            ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });

        var result = await tab.Page.RunAxe(Wcag);

        var violations = result.Violations.Select(v =>
            $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html + " [" + string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message)) + "]"))}");
        Assert.True(result.Violations.Length == 0, $"{path} ({theme}):\n" + string.Join("\n", violations));
    }
}
