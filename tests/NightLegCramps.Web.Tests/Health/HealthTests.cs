using System.Net;
using System.Text.Json;

namespace NightLegCramps.Web.Tests.Health;

public sealed class HealthTests(SharedSite site)
{
    [Fact]
    public async Task Healthz_says_the_process_is_alive()
    {
        using var response = await site.CreateClient().GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Readyz_reports_the_pages_and_the_files_in_error()
    {
        using var response = await site.CreateClient().GetAsync("/readyz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        Assert.Equal(9, report.RootElement.GetProperty("pages").GetInt32());
        Assert.Equal(0, report.RootElement.GetProperty("filesInError").GetInt32());
    }
}
