using System.Text;
using System.Text.RegularExpressions;
using NightLegCramps.Browser.Tests.Testing;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>
/// What comes out of the printer, counted in sheets: each page printed to PDF by Chromium, as a clinician's browser
/// would, on A4 and on US Letter.
/// </summary>
public sealed partial class PrintPageCountTests(BrowserSite site)
{
    private const string Handout = "/handout?topics=relief,prevention,when-to-see-a-doctor";

    private static readonly string[] PaperSizes = ["A4", "Letter"];

    public static TheoryData<string> Papers => new(PaperSizes);

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task When_to_see_a_doctor_prints_on_one_sheet(string paper) =>
        Assert.Equal(1, await SheetsAsync("/when-to-see-a-doctor", paper));

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task The_handout_of_relief_prevention_and_when_to_see_a_doctor_prints_on_at_most_two_sheets(string paper) =>
        Assert.InRange(await SheetsAsync(Handout, paper), 1, 2);

    public static TheoryData<string> EveryPrintout =>
        new(SitePages.Paths.Where(p => p != SitePages.NotFound).Append(Handout).Append(Handout + "&notes=1"));

    /// <summary>
    /// The foot (address, review dates, QR code) and the closing line never stand alone on a sheet: the last sheet
    /// always carries some of the page's own words too. Read with pdftotext, as a person would read the paper.
    /// Both papers are printed from one loaded page.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryPrintout))]
    public async Task The_print_foot_never_stands_alone_on_a_sheet_of_A4_or_Letter(string path)
    {
        await using var tab = await site.ReadAsync(path);
        var foot = await tab.Page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.print-foot p, .site-footer p')].filter(p => getComputedStyle(p).display !== 'none').map(p => p.textContent)");

        foreach (var paper in PaperSizes)
        {
            var pdf = await tab.Page.PdfAsync(new() { Format = paper });
            var lastSheet = Squeeze(await PdfText.LastPageAsync(pdf));
            foreach (var line in foot) lastSheet = lastSheet.Replace(Squeeze(line), "", StringComparison.Ordinal);

            Assert.True(lastSheet.Length > 0, $"The last of {CountPages(pdf)} sheets of {path} on {paper} holds only the foot.");
        }
    }

    /// <summary>The words without any spacing, so a line broken differently on paper still matches.</summary>
    private static string Squeeze(string text) => Whitespace().Replace(text, "");

    private async Task<int> SheetsAsync(string path, string paper)
    {
        await using var tab = await site.ReadAsync(path);
        var pdf = await tab.Page.PdfAsync(new() { Format = paper });
        if (Environment.GetEnvironmentVariable("PRINT_PDF_DIR") is { Length: > 0 } folder)
        {
            // To look at the printouts: PRINT_PDF_DIR=/tmp/print dotnet test --filter PrintPageCount
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{Slug().Replace(path, "-").Trim('-')}-{paper}.pdf"), pdf, TestContext.Current.CancellationToken);
        }
        return CountPages(pdf);
    }

    /// <summary>Chromium writes one <c>/Type /Page</c> object per sheet (the tree's root is <c>/Type /Pages</c>).</summary>
    private static int CountPages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
