using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NightLegCramps.Web.Tests.CdsHooks;

public sealed class CdsHooksTests(SharedSite site)
{
    private const string BaseUrl = "https://nightlegcramps.example.org";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(HttpResponseMessage Response, JsonElement Json)> CallAsync(HttpContent body)
    {
        var response = await site.CreateClient().PostAsync(CdsCall.ServicePath, body, Cancel);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return (response, json.RootElement.Clone());
    }

    [Fact]
    public async Task Discovery_lists_the_one_patient_view_service_with_its_conditions_prefetch()
    {
        using var response = await site.CreateClient().GetAsync("/cds-services", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var service = Assert.Single(json.RootElement.GetProperty("services").EnumerateArray());
        Assert.Equal("night-leg-cramps-patient-info", service.GetProperty("id").GetString());
        Assert.Equal("patient-view", service.GetProperty("hook").GetString());
        Assert.False(string.IsNullOrWhiteSpace(service.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(service.GetProperty("description").GetString()));
        Assert.Equal("Condition?patient={{context.patientId}}&clinical-status=active",
            service.GetProperty("prefetch").GetProperty("conditions").GetString());
        // The document says what happens without prefetch, since the service never asks the FHIR server.
        Assert.Contains("without prefetch gets no cards", service.GetProperty("usageRequirements").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("G47.62")]
    [InlineData("G4762")]
    [InlineData("R25.2")]
    [InlineData("R252")]
    public async Task A_patient_with_night_leg_cramps_gets_one_info_card_linking_the_topics_and_a_handout(string code)
    {
        var bundle = CdsCall.Bundle((CdsCall.Snomed, "38341003", "active"), (CdsCall.Icd10Cm, code, "active"));
        var (response, json) = await CallAsync(CdsCall.Json(CdsCall.PatientView(bundle)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var card = Assert.Single(json.GetProperty("cards").EnumerateArray());
        Assert.InRange(card.GetProperty("summary").GetString()!.Length, 1, 139);
        Assert.Equal("info", card.GetProperty("indicator").GetString());
        Assert.Equal("Night leg cramps", card.GetProperty("source").GetProperty("label").GetString());
        Assert.Equal(BaseUrl + "/", card.GetProperty("source").GetProperty("url").GetString());
        var links = card.GetProperty("links").EnumerateArray().ToList();
        Assert.All(links, l => Assert.Equal("absolute", l.GetProperty("type").GetString()));
        Assert.All(links, l => Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("label").GetString())));
        var urls = links.Select(l => l.GetProperty("url").GetString()!).ToList();
        Assert.Contains(BaseUrl + "/handout?topics=relief,prevention,when-to-see-a-doctor", urls);
        using var api = JsonDocument.Parse(await site.CreateClient().GetStringAsync("/api/topics", Cancel));
        var topics = api.RootElement.EnumerateArray().Select(t => t.GetProperty("url").GetString()!).Where(u => u != BaseUrl + "/");
        Assert.All(topics, t => Assert.Contains(t, urls));
        foreach (var url in urls)
        {
            using var page = await site.CreateClient().GetAsync(url[BaseUrl.Length..], Cancel);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode); // every link on the card opens a page
        }
    }

    public static TheoryData<string, JsonNode?> NoCards => new()
    {
        { "another condition", CdsCall.Bundle((CdsCall.Icd10Cm, "J45.909", "active"), (CdsCall.Snomed, "44186003", "active")) },
        { "the right code in another system", CdsCall.Bundle(("http://hl7.org/fhir/sid/icd-9-cm", "G47.62", "active")) },
        { "night leg cramps, resolved", CdsCall.Bundle((CdsCall.Icd10Cm, "G47.62", "resolved")) },
        { "an empty bundle", CdsCall.Bundle() },
        { "a prefetch that is not FHIR", new JsonObject { ["hello"] = "world" } },
        { "no prefetch", null },
    };

    [Theory]
    [MemberData(nameof(NoCards))]
    public async Task Without_night_leg_cramps_among_the_prefetched_conditions_there_are_no_cards(string why, JsonNode? conditions)
    {
        var (response, json) = await CallAsync(CdsCall.Json(CdsCall.PatientView(conditions?.DeepClone())));

        Assert.True(response.StatusCode == HttpStatusCode.OK, why);
        Assert.Equal("""{"cards":[]}""", json.GetRawText());
    }

    [Theory]
    [InlineData("{\"hook\": \"patient-view\", ", "not valid JSON")]
    [InlineData("[1, 2, 3]", "must be a JSON object")]
    [InlineData("""{"hook":"order-select","hookInstance":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","context":{}}""", "answers the patient-view hook, not 'order-select'")]
    [InlineData("""{"hookInstance":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","context":{}}""", "hook is missing")]
    [InlineData("""{"hook":"patient-view","context":{}}""", "hookInstance is missing")]
    [InlineData("""{"hook":"patient-view","hookInstance":"","context":{}}""", "hookInstance is missing")]
    public async Task A_call_that_is_not_a_patient_view_call_gets_400_saying_what_is_wrong(string body, string message)
    {
        var (response, json) = await CallAsync(CdsCall.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_1_MB_gets_413()
    {
        var call = CdsCall.PatientView(CdsCall.Bundle((CdsCall.Icd10Cm, "G47.62", "active")));
        call["padding"] = new string('x', 1024 * 1024);

        var (response, json) = await CallAsync(CdsCall.Json(call));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("over 1024 KB", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_gets_415()
    {
        using var body = new StringContent("hook=patient-view", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        var (response, _) = await CallAsync(body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task The_request_body_never_appears_in_the_log_whatever_the_call()
    {
        await using var watched = new SiteFactory(SiteFactory.FixtureContent, settings: new Dictionary<string, string?>
        {
            // Every level, so nothing can hide below the operator's view.
            ["Serilog:MinimumLevel:Default"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft"] = "Verbose",
        });
        watched.Logs.MinimumLevel = Microsoft.Extensions.Logging.LogLevel.Trace;
        var client = watched.CreateClient();
        const string patientId = "PATIENT-7f3c9e21";
        const string code = "G47.62";
        var matching = CdsCall.PatientView(CdsCall.Bundle((CdsCall.Icd10Cm, code, "active")), patientId);
        var calls = new[]
        {
            matching.ToJsonString(),
            CdsCall.PatientView(CdsCall.Bundle((CdsCall.Snomed, "44186003", "active")), patientId).ToJsonString(),
            CdsCall.PatientView(null, patientId, hook: "order-select").ToJsonString(),
            matching.ToJsonString()[..^12], // cut short: malformed JSON
        };

        foreach (var body in calls)
        {
            using var response = await client.PostAsync(CdsCall.ServicePath, CdsCall.Json(body), Cancel);
        }

        var logged = watched.Logs.Entries;
        Assert.Contains(logged, e => e.Message.Contains(CdsCall.ServicePath, StringComparison.Ordinal)); // the calls were logged, as requests
        Assert.DoesNotContain(logged, e => (e.Message + e.Exception).Contains(patientId, StringComparison.Ordinal));
        Assert.DoesNotContain(logged, e => (e.Message + e.Exception).Contains("1288992", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, e => (e.Message + e.Exception).Contains("d1577c69", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, e => (e.Message + e.Exception).Contains("\"resourceType\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/cds-services", "GET")]
    [InlineData(CdsCall.ServicePath, "POST")]
    public async Task The_CDS_Hooks_addresses_answer_any_origin_without_credentials(string path, string method)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", "https://ehr.example.net");
        preflight.Headers.Add("Access-Control-Request-Method", method);
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        using var answer = await site.CreateClient().SendAsync(preflight, Cancel);

        Assert.True(answer.IsSuccessStatusCode, $"preflight answered {answer.StatusCode}");
        Assert.Equal("*", Assert.Single(answer.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Contains(method, string.Join(",", answer.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);

        using var discovery = new HttpRequestMessage(HttpMethod.Get, "/cds-services");
        discovery.Headers.Add("Origin", "https://ehr.example.net");
        using var listed = await site.CreateClient().SendAsync(discovery, Cancel);
        Assert.Equal("*", Assert.Single(listed.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Theory]
    [InlineData("/relief")]
    [InlineData("/api/topics")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.62&knowledgeResponseType=application%2Fjson")]
    [InlineData("/handout?topics=relief")]
    public async Task No_other_address_answers_CORS(string path)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, path);
        get.Headers.Add("Origin", "https://ehr.example.net");
        using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", "https://ehr.example.net");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");

        using var answer = await site.CreateClient().SendAsync(get, Cancel);
        using var preflightAnswer = await site.CreateClient().SendAsync(preflight, Cancel);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflightAnswer.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
