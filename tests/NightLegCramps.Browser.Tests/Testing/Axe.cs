using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NightLegCramps.Browser.Tests.Testing;

/// <summary>
/// axe-core run in the page itself, loaded into the page once however many times it runs there (light, then dark).
/// Deque's <c>RunAxe</c> loads axe again for every run and then opens a second page in a new browser context, loads
/// axe there too, and merges the results in it: twice per page, most of the cost for pages this small. Its in-page
/// mode does the same in one page but is marked obsolete; both end in the same <c>axe.run</c> with the same options.
/// </summary>
public static class Axe
{
    private static readonly string Script = new BundledAxeScriptProvider().GetScript();

    public static async Task<AxeResult> RunAsync(IPage page, AxeRunOptions options)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync($"() => {{ {Script} }}");
        }
        var json = await page.EvaluateAsync<string>(
            "options => axe.run(document, JSON.parse(options)).then(result => JSON.stringify(result))", JsonConvert.SerializeObject(options));
        return new AxeResult(JObject.Parse(json));
    }
}
