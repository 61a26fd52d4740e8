using NightLegCramps.Browser.Tests.Testing;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>Keyboard only: the skip link comes first, Tab reaches every link and control, and focus is always visible.</summary>
public sealed class KeyboardTests(BrowserSite site)
{
    // Everything a reader could click that is on screen (hidden conditions and the like do not count).
    private const string Focusables = """
        [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
          .filter(e => e.checkVisibility() || e.classList.contains('skip-link'))
        """;

    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Tab_starts_at_the_skip_link_and_reaches_every_control_with_a_visible_focus(string path)
    {
        await using var tab = await site.ReadAsync(path);
        var page = tab.Page;
        await page.EvaluateAsync($"() => {{ window.__all = {Focusables}; window.__reached = new Set(); }}");
        var expected = await page.EvaluateAsync<int>("window.__all.length");

        await page.Keyboard.PressAsync("Tab");
        // The skip link, in the page's language ("Skip to main content", "Saltar al contenido principal").
        Assert.Equal("#main", await page.EvaluateAsync<string>("document.activeElement.matches('a.skip-link') ? document.activeElement.getAttribute('href') : ''"));

        // Each element that takes the focus records, at that moment, whether its focus ring is drawn: a real
        // outline, at least 2px, in a colour other than transparent. Recording in the page rather than asking
        // after every key halves the round trips to the browser.
        await page.EvaluateAsync("""
            () => {
              window.__unseen = [];
              const check = e => {
                window.__reached.add(e);
                const s = getComputedStyle(e);
                if (!(s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)')) window.__unseen.push(e.outerHTML.slice(0, 80));
              };
              check(document.activeElement);
              document.addEventListener('focusin', event => check(event.target));
            }
            """);
        for (var step = 0; step < expected + 2; step++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var missed = await page.EvaluateAsync<string[]>("window.__all.filter(e => !window.__reached.has(e)).map(e => e.outerHTML.slice(0, 80))");
        Assert.Empty(missed);
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__unseen"));
    }
}
