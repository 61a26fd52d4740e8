using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Content.Tests.Testing;

/// <summary>
/// A small page that passes every check, and ways to break it one thing at a time.
/// Line numbers in tests count from here: line 1 is '---', the front matter keys are lines 2 to 7.
/// </summary>
internal static class SamplePage
{
    public const string Notice = ":::notice\nThis is not advice for you. See a doctor.\n:::\n";

    public const string Body = "Cramps can wake you up. A stretch can help.\n";

    public static string FrontMatter(string slug = "sample") =>
        $"title: Sample page\nsummary: A page for tests.\nslug: {slug}\norder: 1\nlastReviewed: 2026-01-10\nnextReview: 2027-01-10\n";

    /// <summary>The whole file: front matter, a blank line, the body, then the closing notice.</summary>
    public static string Markdown(string? frontMatter = null, string body = Body, bool notice = true) =>
        $"---\n{frontMatter ?? FrontMatter()}---\n\n{body}\n{(notice ? Notice : "")}";

    /// <summary>The front matter with one line changed, for example <c>Replace("order: 1", "order: first")</c>.</summary>
    public static string FrontMatterWith(string line, string replacement) => FrontMatter().Replace(line + "\n", replacement, StringComparison.Ordinal);

    public static LoadedFile Load(string markdown, ContentSettings? settings = null, string file = "sample.md") =>
        new TopicLoader(settings ?? new ContentSettings()).Parse(PageSource.Of(System.Text.Encoding.UTF8.GetBytes(markdown), null, []), file);

    public static IEnumerable<ContentFinding> Errors(this LoadedFile loaded) => loaded.Findings.Where(f => f.IsError);

    public static IEnumerable<ContentFinding> Warnings(this LoadedFile loaded) => loaded.Findings.Where(f => !f.IsError);
}
