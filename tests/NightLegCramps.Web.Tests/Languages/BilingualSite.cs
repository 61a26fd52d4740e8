
namespace NightLegCramps.Web.Tests.Languages;

/// <summary>The site over the test content with its Spanish pages (Languages/Fixtures/es), shared by a test class.</summary>
public sealed class BilingualSite() : SiteFactory(Prepare())
{
    private static string Prepare()
    {
        var content = new TempContent();
        var spanish = Path.Combine(AppContext.BaseDirectory, "Languages", "Fixtures", "es");
        Directory.CreateDirectory(content.PathOf("es"));
        foreach (var file in Directory.GetFiles(spanish))
        {
            File.Copy(file, content.PathOf(Path.Combine("es", Path.GetFileName(file))));
        }
        return content.Folder;
    }
}
