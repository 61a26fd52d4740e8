using System.Text;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Content.Tests.Testing;

/// <summary>The ways a save can break a file badly enough that it cannot be loaded, as the issue lists them.</summary>
internal static class BrokenEdits
{
    /// <summary>Small enough that <see cref="TooLarge"/> is over it and a normal page is not.</summary>
    public static ContentSettings Settings => new() { MaxFileBytes = 4_000 };

    public const string ConditionsFile = "conditions.md";

    public static string ConditionsPage(string list = "- Diuretics (water pills)\n- Statins") =>
        SamplePage.Markdown(SamplePage.FrontMatter("conditions") + "layout: conditions\n",
            $"Most people have none of these.\n\n## Medicines {{#medicines}}\n\n{list}\n");

    /// <summary>Writes the broken version of a page over a good one; returns the line the editor is told about.</summary>
    public static int Apply(string kind, TempFolder folder, string file)
    {
        switch (kind)
        {
            case "invalid YAML":
                folder.Write(file, SamplePage.Markdown(SamplePage.FrontMatterWith("title: Sample page", "title: Cramps: a guide\n")));
                return 2;
            case "missing required field":
                folder.Write(file, SamplePage.Markdown(SamplePage.FrontMatterWith("order: 1", "")));
                return 2;
            case "not UTF-8":
                var bytes = Encoding.UTF8.GetBytes(SamplePage.Markdown(body: "Caf\u00e9 text.\nMore text here.\n"));
                var at = Array.IndexOf(bytes, (byte)0xC3);
                bytes[at] = 0xE9; // 'é' as Latin-1: a lone byte that is not UTF-8
                folder.WriteBytes(file, bytes);
                return 10;
            case "too large":
                folder.Write(file, SamplePage.Markdown(body: string.Concat(Enumerable.Repeat("A stretch can help. ", 300))));
                return 1;
            case "conditions list that no longer parses":
                folder.Write(file, ConditionsPage("- Diuretics (water pills\n- Statins"));
                return 15;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    public static TheoryData<string> Kinds =>
        ["invalid YAML", "missing required field", "not UTF-8", "too large", "conditions list that no longer parses"];
}
