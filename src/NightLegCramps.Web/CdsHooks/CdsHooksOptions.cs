namespace NightLegCramps.Web.CdsHooks;

/// <summary>The CDS Hooks service's settings, bound from the "CdsHooks" section.</summary>
public sealed class CdsHooksOptions
{
    public const string SectionName = "CdsHooks";

    /// <summary>
    /// The largest request body read, in bytes. A patient's active conditions fit in far less; a bigger body is
    /// refused with 413 before it is read, so no one can make the site hold megabytes of patient data.
    /// </summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The topics of the ready-made handout the card links to, in order. Slugs that name no page are left out.</summary>
    public List<string> HandoutTopics { get; set; } = ["relief", "prevention", "when-to-see-a-doctor"];
}
