using System.Text;
using System.Text.Json.Nodes;

namespace NightLegCramps.Web.Tests.CdsHooks;

/// <summary>CDS Hooks 2.0 calls as an EHR sends them, built from the spec's JSON shapes.</summary>
public static class CdsCall
{
    public const string ServicePath = "/cds-services/night-leg-cramps-patient-info";
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>A patient-view call; <paramref name="conditions"/> null means the EHR sent no prefetch at all.</summary>
    public static JsonObject PatientView(JsonNode? conditions, string patientId = "1288992", string hook = "patient-view")
    {
        var call = new JsonObject
        {
            ["hookInstance"] = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
            ["fhirServer"] = "https://ehr.example.org/fhir",
            ["hook"] = hook,
            ["context"] = new JsonObject { ["userId"] = "Practitioner/example", ["patientId"] = patientId },
        };
        if (conditions is not null) call["prefetch"] = new JsonObject { ["conditions"] = conditions };
        return call;
    }

    /// <summary>A searchset Bundle of Condition resources, each with one coding and the given clinical status.</summary>
    public static JsonObject Bundle(params (string System, string Code, string Status)[] conditions) => new()
    {
        ["resourceType"] = "Bundle",
        ["type"] = "searchset",
        ["total"] = conditions.Length,
        ["entry"] = new JsonArray([.. conditions.Select((c, i) => (JsonNode)new JsonObject
        {
            ["fullUrl"] = $"https://ehr.example.org/fhir/Condition/c{i}",
            ["resource"] = new JsonObject
            {
                ["resourceType"] = "Condition",
                ["id"] = $"c{i}",
                ["clinicalStatus"] = new JsonObject
                {
                    ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/condition-clinical", ["code"] = c.Status }),
                },
                ["code"] = new JsonObject
                {
                    ["coding"] = new JsonArray(new JsonObject { ["system"] = c.System, ["code"] = c.Code }),
                },
                ["subject"] = new JsonObject { ["reference"] = "Patient/1288992" },
            },
        })]),
    };

    public static StringContent Json(JsonNode call) => Json(call.ToJsonString());

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
