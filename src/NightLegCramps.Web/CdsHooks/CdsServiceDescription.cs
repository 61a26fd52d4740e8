namespace NightLegCramps.Web.CdsHooks;

/// <summary>
/// The one CDS service this site offers, as the CDS Hooks 2.0 discovery document (<c>GET /cds-services</c>) lists it.
/// </summary>
public sealed record CdsServiceDescription(
    string Hook,
    string Title,
    string Description,
    string Id,
    IReadOnlyDictionary<string, string> Prefetch,
    string UsageRequirements)
{
    public const string ServiceId = "night-leg-cramps-patient-info";
    public const string PatientView = "patient-view";

    /// <summary>The prefetch key whose answer the service reads.</summary>
    public const string ConditionsKey = "conditions";

    /// <summary>The patient's active conditions: all the service needs to know whether night leg cramps are among them.</summary>
    public const string ConditionsQuery = "Condition?patient={{context.patientId}}&clinical-status=active";

    public static CdsServiceDescription For(string siteName) => new(
        PatientView,
        $"{siteName}: patient information",
        "When the patient's active conditions include sleep related leg cramps (ICD-10-CM G47.62) or cramp and spasm (R25.2), "
            + "offers links to plain-language pages about night leg cramps and a ready-made printable handout.",
        ServiceId,
        new Dictionary<string, string> { [ConditionsKey] = ConditionsQuery },
        "Needs the conditions prefetch. The service never queries your FHIR server, so a request without prefetch gets no cards. "
            + "It answers with links to public pages only and keeps nothing it is sent, so it needs no FHIR access token and no JWT trust.");
}

/// <summary>The discovery document: <c>{"services": [...]}</c>.</summary>
public sealed record CdsDiscovery(IReadOnlyList<CdsServiceDescription> Services);
