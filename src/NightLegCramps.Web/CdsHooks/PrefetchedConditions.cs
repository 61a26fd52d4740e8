using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using NightLegCramps.Web.Connect;

namespace NightLegCramps.Web.CdsHooks;

/// <summary>
/// Reads the prefetched conditions (a FHIR R4 Bundle of Condition, or a single Condition) with Firely's SDK and finds
/// the codes this site covers among the patient's current ones. Leniently: an element this version does not know, or a
/// value it cannot read, is skipped rather than losing the whole answer, since only the codes matter here.
/// </summary>
public static class PrefetchedConditions
{
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings
    {
        AcceptUnknownMembers = true,
        AllowUnrecognizedEnums = true,
        Validator = null,
    });

    /// <summary>Clinical statuses that say the patient no longer has the condition.</summary>
    private static readonly HashSet<string> NotCurrent = ["inactive", "remission", "resolved"];

    /// <summary>Verification statuses that say the patient never had it.</summary>
    private static readonly HashSet<string> NotTrue = ["refuted", "entered-in-error"];

    /// <summary>The site's codes among the conditions, once each, in the order found; empty when none match.</summary>
    public static IReadOnlyList<ConditionCode> CodesIn(JsonElement prefetched)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(prefetched.GetRawText()));
        Deserializer.TryDeserializeResource(ref reader, out var resource, out _); // a partial resource still has its codes
        var conditions = resource switch
        {
            Bundle bundle => bundle.Entry.Select(e => e.Resource).OfType<Condition>(),
            Condition condition => [condition],
            _ => [],
        };
        return conditions
            .Where(c => !HasAny(c.ClinicalStatus, NotCurrent) && !HasAny(c.VerificationStatus, NotTrue))
            .SelectMany(c => c.Code?.Coding ?? [])
            .Where(coding => coding.System == ConditionCodes.Icd10CmUri && coding.Code is not null)
            .Select(coding => ConditionCodes.Find(ConditionCodes.Icd10CmUri, coding.Code ?? ""))
            .OfType<ConditionCode>()
            .Distinct()
            .ToList();
    }

    private static bool HasAny(CodeableConcept? concept, HashSet<string> codes) =>
        concept?.Coding.Any(c => c.Code is not null && codes.Contains(c.Code)) == true;
}
