namespace NightLegCramps.Web.Connect;

/// <summary>A diagnosis code in a coding system, such as ICD-10-CM G47.62.</summary>
public sealed record ConditionCode(string Value, string Name, string CodingSystem, string CodingSystemOid, string CodingSystemUri)
{
    /// <summary>How codes are compared: without the dot and ignoring case, so g4762 finds G47.62.</summary>
    public static string Normalise(string code) => code.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}

/// <summary>
/// The diagnosis codes this site answers. The site covers one condition, so every code here leads to
/// every published topic; a mapping per topic would belong in front matter if the site ever grew.
/// </summary>
public static class ConditionCodes
{
    /// <summary>The HL7 identifier (OID) of ICD-10-CM, as sent in <c>mainSearchCriteria.v.cs</c>.</summary>
    public const string Icd10CmOid = "2.16.840.1.113883.6.90";

    /// <summary>The FHIR system address of ICD-10-CM, as a <c>Coding.system</c> in a CDS Hooks prefetch.</summary>
    public const string Icd10CmUri = "http://hl7.org/fhir/sid/icd-10-cm";

    public const string ConditionName = "Nocturnal leg cramps";

    public static readonly IReadOnlyList<ConditionCode> All =
    [
        new("G47.62", "Sleep related leg cramps", "ICD-10-CM", Icd10CmOid, Icd10CmUri),
        new("R25.2", "Cramp and spasm", "ICD-10-CM", Icd10CmOid, Icd10CmUri),
    ];

    /// <summary>The code asked for, by the OID of its system (Infobutton) or its FHIR system address (CDS Hooks).</summary>
    public static ConditionCode? Find(string system, string code) =>
        All.FirstOrDefault(c => (c.CodingSystemOid == system || c.CodingSystemUri == system)
            && ConditionCode.Normalise(c.Value) == ConditionCode.Normalise(code));
}
