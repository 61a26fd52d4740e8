using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Loading;

public class ContentFolderTests
{
    [Fact]
    public void A_relative_folder_is_found_from_a_subfolder_as_dotnet_run_starts_in_the_project_folder()
    {
        using var repository = new TempFolder();
        repository.Write("content/home.md", SamplePage.Markdown());
        var project = Directory.CreateDirectory(repository.PathOf("src/NightLegCramps.Web")).FullName;

        Assert.Equal(repository.PathOf("content"), ContentFolder.Resolve("content", project));
        Assert.Equal(repository.PathOf("content"), ContentFolder.Resolve(null, project));
    }

    [Fact]
    public void A_relative_folder_found_nowhere_is_taken_from_the_start_folder()
    {
        using var repository = new TempFolder();

        Assert.Equal(repository.PathOf("missing"), ContentFolder.Resolve("missing", repository.Path));
    }
}
