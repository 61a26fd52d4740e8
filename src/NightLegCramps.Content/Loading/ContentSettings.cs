namespace NightLegCramps.Content.Loading;

/// <summary>
/// Where the content lives and the limits it must keep. Bound from the "Content" configuration section.
/// A record, so a variant (the checker's: drafts included) is <c>settings with { ... }</c> and keeps every other setting.
/// </summary>
internal sealed record ContentSettings
{
    public const string SectionName = "Content";

    /// <summary>The content folder. Empty means: find the repository's (or the published folder's) <c>content/</c>.</summary>
    public string Path { get; set; } = "";

    /// <summary>Show pages marked <c>draft: true</c>. The site turns this on in Development only.</summary>
    public bool IncludeDrafts { get; set; }

    /// <summary>A larger file is refused: one huge file must not exhaust the server.</summary>
    public int MaxFileBytes { get; set; } = 1_000_000;

    /// <summary>Files past this count are refused, in name order.</summary>
    public int MaxFiles { get; set; } = 500;

    /// <summary>How deeply lists and quotes may nest before a file is refused.</summary>
    public int MaxNestingDepth { get; set; } = 16;

    /// <summary>Flesch–Kincaid grade above which the checker warns (8 is about age 13).</summary>
    public double MaxReadingGrade { get; set; } = 8;

    /// <summary>The INFLESZ score below which the checker warns about a Spanish page (65 is "bastante fácil").</summary>
    public double MinSpanishReadingScore { get; set; } = 65;

    /// <summary>
    /// The site's languages, the default first: <c>en,es</c>. The default's pages are the folder's own files;
    /// each other language's are in a folder named by its code (<c>es/</c>) and served under <c>/es</c>.
    /// </summary>
    public string Languages { get; set; } = "en,es";

    /// <summary>How long to wait for a burst of saves to settle before reloading.</summary>
    public int DebounceMilliseconds { get; set; } = 150;

    /// <summary>
    /// How long one file may take to read and build. A file that takes longer is left out with a finding
    /// (its last good version stays), so one pathological file cannot hold up every other edit.
    /// </summary>
    public int FileLoadBudgetMilliseconds { get; set; } = 5000;
}
