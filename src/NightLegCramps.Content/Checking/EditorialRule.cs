namespace NightLegCramps.Content.Checking;

/// <summary>
/// One rule from a folder's rules file (<c>_rules.yml</c>): which pages it covers and what they must or must not say.
/// Editors write these, so a rule says why it exists and the checker repeats that reason with every finding.
/// </summary>
internal sealed record EditorialRule
{
    /// <summary>A short name editors recognise in a finding, such as <c>medicines-safety-line</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The rules file it is written in, relative to the content folder.</summary>
    public required string File { get; init; }

    /// <summary>The line its <c>- name:</c> is on.</summary>
    public required int Line { get; init; }

    /// <summary>Where the rule is written, such as <c>_rules.yml:12</c>, so a finding leads back to it.</summary>
    public string Source => $"{File}:{Line}";

    /// <summary>Only these page slugs; empty means every page in the folder.</summary>
    public IReadOnlyList<string> Pages { get; init; } = [];

    /// <summary>Only pages that say at least one of these phrases; empty means no such condition.</summary>
    public IReadOnlyList<PhrasePattern> WhenSays { get; init; } = [];

    /// <summary>The part of the page that is read: <see cref="WholePage"/> or the name of a callout, such as <c>urgent</c>.</summary>
    public string LookIn { get; init; } = WholePage;

    public IReadOnlyList<PhrasePattern> MustSay { get; init; } = [];

    public IReadOnlyList<PhrasePattern> MustNotSay { get; init; } = [];

    /// <summary>Addresses the page must link to (a link to any section of that page counts).</summary>
    public IReadOnlyList<string> MustLinkTo { get; init; } = [];

    public Severity Severity { get; init; } = Severity.Error;

    /// <summary>Why the rule exists, in the editors' words.</summary>
    public string Why { get; init; } = "";

    public const string WholePage = "page";
}
