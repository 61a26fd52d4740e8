using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using NightLegCramps.Browser.Tests.Testing;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>axe-core finds no WCAG 2.0, 2.1 or 2.2 A/AA violation on any page, in the light or the dark theme.</summary>
public sealed partial class AccessibilityTests(BrowserSite site)
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        ResultTypes = [ResultType.Violations], // skip serialising every passing node: much faster, same verdict
    };

    /// <summary>The WCAG rules whose verdict depends on colour: all that the dark theme can change.</summary>
    private static readonly AxeRunOptions WcagColour = new()
    {
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast", "link-in-text-block"] },
        ResultTypes = [ResultType.Violations],
    };

    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_has_no_WCAG_violations_in_the_light_or_the_dark_theme(string path)
    {
        await using var tab = await site.ReadAsync(path, Viewports.Phone, ColorScheme.Light);
        var light = await Axe.RunAsync(tab.Page, Wcag);

        // The same page in the dark theme: only colours change (see the test below), so only the colour rules run again.
        await tab.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        Assert.True(await tab.Page.EvaluateAsync<bool>("matchMedia('(prefers-color-scheme: dark)').matches"));
        var dark = await Axe.RunAsync(tab.Page, WcagColour);

        // Both runs really checked the page: the contrast of its text was judged in each theme.
        Assert.Contains(light.Passes.Concat(light.Violations), rule => rule.Id == "color-contrast");
        Assert.Contains(dark.Passes.Concat(dark.Violations), rule => rule.Id == "color-contrast");

        var violations = Describe(light, "light").Concat(Describe(dark, "dark")).ToList();
        Assert.True(violations.Count == 0, $"{path}:\n" + string.Join("\n", violations));
    }

    /// <summary>
    /// What lets the test above run only the colour rules in the dark theme: site.css's dark block sets custom
    /// properties (colours) and nothing else, so nothing can appear, move or hide there.
    /// </summary>
    [Fact]
    public void The_dark_theme_changes_colours_only()
    {
        var css = File.ReadAllText(Path.Combine(SiteProcess.Repository, "src", "NightLegCramps.Web", "wwwroot", "css", "site.css"));
        var blocks = DarkBlock().Matches(css);
        Assert.NotEmpty(blocks);
        foreach (Match block in blocks)
        {
            var rules = Rule().Matches(block.Groups["body"].Value);
            Assert.NotEmpty(rules);
            foreach (Match rule in rules)
            {
                Assert.Equal(":root", rule.Groups["selector"].Value.Trim());
                var declarations = rule.Groups["declarations"].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                Assert.All(declarations, d => Assert.StartsWith("--", d, StringComparison.Ordinal));
            }
        }
    }

    private static IEnumerable<string> Describe(AxeResult result, string theme) => result.Violations.Select(v =>
        $"({theme}) {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html + " [" + string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message)) + "]"))}");

    [GeneratedRegex(@"@media\s*\(prefers-color-scheme:\s*dark\)\s*\{(?<body>(?:[^{}]*\{[^{}]*\})*\s*)\}")]
    private static partial Regex DarkBlock();

    [GeneratedRegex(@"(?<selector>[^{}]+)\{(?<declarations>[^{}]*)\}")]
    private static partial Regex Rule();
}
