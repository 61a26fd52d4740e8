namespace NightLegCramps.Web.Tests.Handout;

/// <summary>What a clinician gets from the handout page beyond the topics: old addresses, the notes box, printing.</summary>
public sealed class HandoutPrintTests(SharedSite site)
{
    private const string BaseUrl = "https://nightlegcramps.example.org";

    [Fact]
    public async Task A_topic_named_by_its_old_slug_is_the_current_page_so_an_old_QR_code_keeps_working()
    {
        using var content = new TempContent();
        var relief = content.Read("relief.md");
        content.Write("relief.md", relief.Replace("slug: relief\n", "slug: relief\naliases: [/easing-a-cramp]\n", StringComparison.Ordinal));
        await using var renamed = new SiteFactory(content.Folder);

        var page = await renamed.CreateClient().GetDocumentAsync("/handout?topics=easing-a-cramp,prevention");

        Assert.Equal(["relief", "prevention"], page.QuerySelectorAll("article.handout-topic").Select(t => t.Id));
        Assert.Empty(page.QuerySelectorAll("#handout-ignored li"));
        Assert.Equal(BaseUrl + "/handout?topics=relief,prevention", page.QuerySelector(".print-url")!.TextContent); // the new address
    }

    [Fact]
    public async Task Notes_1_adds_a_ruled_notes_box_offered_as_a_checkbox_on_the_form()
    {
        var client = site.CreateClient();
        var plain = await client.GetDocumentAsync("/handout?topics=relief");
        var withNotes = await client.GetDocumentAsync("/handout?topics=relief&notes=1");

        Assert.Null(plain.QuerySelector(".clinician-notes"));
        var box = withNotes.QuerySelector(".clinician-notes")!;
        Assert.Equal("Notes from your clinician", box.QuerySelector("h2")!.TextContent);
        Assert.True(box.QuerySelectorAll(".note-line").Length >= 4);
        var checkbox = plain.QuerySelector("form.handout-picker input[type=checkbox][name=notes]")!;
        Assert.Equal("1", checkbox.GetAttribute("value"));
        Assert.False(checkbox.HasAttribute("checked"));
        Assert.True(withNotes.QuerySelector("form.handout-picker input[name=notes]")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task The_print_button_is_added_by_the_site_script_and_without_it_the_page_says_how_to_print()
    {
        var page = await site.CreateClient().GetDocumentAsync("/handout?topics=relief");

        var hint = page.QuerySelector("[data-print-button]")!;
        Assert.Equal("Print this handout", hint.GetAttribute("data-print-button"));
        Assert.Contains("print", hint.TextContent, StringComparison.OrdinalIgnoreCase); // what a reader without JavaScript sees
        Assert.Empty(page.QuerySelectorAll("button.print-button")); // the button is the script's to add
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json"));
    }

    [Fact]
    public async Task In_print_a_link_to_a_topic_in_the_same_handout_says_see_below_or_above_and_any_other_its_address()
    {
        // Relief links to when-to-see-a-doctor (below it here) and to prevention (not in this handout).
        var page = await site.CreateClient().GetDocumentAsync("/handout?topics=relief,when-to-see-a-doctor");
        var relief = page.GetElementById("relief")!;
        var doctor = page.GetElementById("when-to-see-a-doctor")!;

        string? PrintedFor(AngleSharp.Dom.IElement article, string path) =>
            article.QuerySelectorAll("a").First(a => a.GetAttribute("href")!.StartsWith(path, StringComparison.Ordinal)).GetAttribute("data-print");
        Assert.Equal("see below", PrintedFor(relief, "/when-to-see-a-doctor"));
        Assert.Equal(BaseUrl + "/prevention", PrintedFor(relief, "/prevention"));
        Assert.Equal("see above", PrintedFor(doctor, "/relief"));
    }

    [Fact]
    public async Task In_print_a_link_on_a_topic_page_to_another_topic_shows_that_topic_address()
    {
        var page = await site.CreateClient().GetDocumentAsync("/relief");

        var links = page.QuerySelectorAll("main a[href^='/']").Where(a => !a.ClassList.Contains("pager-previous") && !a.ClassList.Contains("pager-next")).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.Equal(BaseUrl + a.GetAttribute("href")!.Split('#')[0], a.GetAttribute("data-print")));
    }
}
