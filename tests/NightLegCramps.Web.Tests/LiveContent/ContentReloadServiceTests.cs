using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Logging.Abstractions;
using NightLegCramps.Content.Loading;
using NightLegCramps.Web.LiveContent;

namespace NightLegCramps.Web.Tests.LiveContent;

/// <summary>The site starts watching before it first reads the folder, so an edit saved while it starts is not lost.</summary>
public sealed class ContentReloadServiceTests : IDisposable
{
    private readonly TempContent _content = new();

    [Fact]
    public async Task A_save_made_while_the_content_first_loads_is_picked_up()
    {
        using var store = new ContentStore(new ContentSettings { DebounceMilliseconds = 50 }, _content.Folder, TimeProvider.System);
        var edited = _content.Read("relief.md").Replace("title: ", "title: Saved during start-up, ", StringComparison.Ordinal);
        var saved = false;
        using var subscription = ChangeToken.OnChange(store.GetReloadToken, () =>
        {
            // The first load has read every file; an editor saves before the service has finished starting.
            if (saved) return;
            saved = true;
            _content.Write("relief.md", edited);
        });
        var service = new ContentReloadService(store, NullLogger<ContentReloadService>.Instance);

        await service.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            await Poll.UntilAsync(() => store.Current.Find("relief")?.Title.StartsWith("Saved during start-up, ", StringComparison.Ordinal) == true,
                "the save made during the first load to be read");
        }
        finally
        {
            await service.StopAsync(TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => _content.Dispose();
}
