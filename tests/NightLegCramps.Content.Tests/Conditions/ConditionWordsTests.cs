using NightLegCramps.Content.Conditions;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Conditions;

/// <summary>The words file beside the conditions page: other words for its entries, and words explained elsewhere.</summary>
public sealed class ConditionWordsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly string Page = SamplePage.Markdown(SamplePage.FrontMatter("conditions") + "layout: conditions\n", """
        Most people have none of these.

        ## Other conditions {#other}

        - Pregnancy
        - Chronic kidney disease
        """);

    private const string Words = """
        # Other words for the list.
        Pregnancy: [pregnant, expecting a baby]
        chronic kidney disease: [kidney failure]
        /causes#medicines: [naproxen, iron]
        """;

    [Fact]
    public void The_words_file_beside_the_page_gives_entries_their_other_words()
    {
        _folder.Write("conditions.md", Page);
        _folder.Write("conditions.words.yml", Words);

        var loaded = new TopicLoader(new ContentSettings()).Load(_folder.PathOf("conditions.md"), "conditions.md");

        Assert.Empty(loaded.Findings);
        var page = loaded.Topic!.Conditions!;
        var conditions = page.Categories.Single().Conditions;
        Assert.Equal(["pregnant", "expecting a baby"], conditions[0].EverydayNames);
        Assert.Equal(["kidney failure"], conditions[1].EverydayNames); // the name's case does not matter
        Assert.Equal(["Chronic kidney disease"], ConditionFilter.Apply(page.Categories, "kidney failure").Single().Conditions.Select(c => c.Name));
        var elsewhere = Assert.Single(page.Elsewhere);
        Assert.Equal(("/causes", "medicines"), (elsewhere.Path, elsewhere.Anchor));
        Assert.True(ConditionFilter.Matches(elsewhere.SearchText, ConditionFilter.WordsOf("Naproxen")));
    }

    [Fact]
    public void A_name_the_list_lacks_is_reported_in_the_words_file_at_its_line_and_the_list_still_shows()
    {
        _folder.Write("conditions.md", Page);
        _folder.Write("conditions.words.yml", "Pregnancy: [pregnant]\nPregnency: [expecting]\nDialysis:\n");

        var loaded = new TopicLoader(new ContentSettings()).Load(_folder.PathOf("conditions.md"), "conditions.md");

        Assert.NotNull(loaded.Topic);
        Assert.Collection(loaded.Findings.Where(f => f.IsError).OrderBy(f => f.Line),
            f => Assert.Equal(("conditions.words.yml", 2, true), (f.File, f.Line, f.Message.Contains("'Pregnency' is not an entry", StringComparison.Ordinal))),
            f => Assert.Equal(("conditions.words.yml", 3), (f.File, f.Line)));
        Assert.Equal(["pregnant"], loaded.Topic.Conditions!.Categories.Single().Conditions[0].EverydayNames);
    }

    [Fact]
    public async Task Saving_only_the_words_file_updates_the_live_list()
    {
        _folder.Write("conditions.md", Page);
        using var store = new ContentStore(new ContentSettings { DebounceMilliseconds = 30 }, _folder.Path, FixedClock.Today);
        store.LoadAll();
        store.Watch();
        Assert.Empty(Search(store, "expecting"));

        _folder.Write("conditions.words.yml", Words);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Search(store, "expecting").Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
        Assert.Equal(["Pregnancy"], Search(store, "expecting"));
    }

    private static List<string> Search(ContentStore store, string query) =>
        ConditionFilter.Apply(store.Current.ConditionsTopic!.Conditions!.Categories, query).SelectMany(c => c.Conditions).Select(c => c.Name).ToList();

    public void Dispose() => _folder.Dispose();
}
