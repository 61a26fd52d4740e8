using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace NightLegCramps.Web.Connect;

/// <summary>
/// An HL7 Infobutton request in the URL form MedlinePlus Connect uses, such as
/// <c>?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&amp;mainSearchCriteria.v.c=G47.62</c>.
/// </summary>
public sealed partial record ConnectRequest(string CodeSystem, string Code, bool WantsAtom)
{
    public const string CodeSystemParameter = "mainSearchCriteria.v.cs";
    public const string CodeParameter = "mainSearchCriteria.v.c";
    public const string ResponseTypeParameter = "knowledgeResponseType";

    /// <summary>Every query key the answer depends on; other Infobutton keys are accepted and ignored.</summary>
    public static readonly IReadOnlyList<string> Parameters = [CodeSystemParameter, CodeParameter, ResponseTypeParameter];
    public const string Json = "application/json";
    public const string Atom = "application/atom+xml";

    /// <summary>
    /// The query string that asks exactly this, for the answer's own address: only the keys that change the
    /// answer, so a cached answer never repeats another caller's extra parameters.
    /// </summary>
    public string Query => $"?{CodeSystemParameter}={Uri.EscapeDataString(CodeSystem)}&{CodeParameter}={Uri.EscapeDataString(Code)}"
        + (WantsAtom ? $"&{ResponseTypeParameter}={Uri.EscapeDataString(Atom)}" : "");

    /// <summary>The request, or the reason it cannot be answered, in words a developer can act on.</summary>
    public static (ConnectRequest? Request, string? Problem) Read(IQueryCollection query)
    {
        var system = Single(query, CodeSystemParameter);
        var code = Single(query, CodeParameter);
        var type = Single(query, ResponseTypeParameter) ?? Json;

        if (string.IsNullOrWhiteSpace(system))
            return (null, $"{CodeSystemParameter} is missing. Give the code system, {ConditionCodes.Icd10CmOid} for ICD-10-CM.");
        if (!ConditionCodes.IsKnownSystem(system.Trim()))
            return (null, $"{CodeSystemParameter} '{system}' is not a code system this site knows. Use {ConditionCodes.Icd10CmOid} (ICD-10-CM).");
        if (string.IsNullOrWhiteSpace(code))
            return (null, $"{CodeParameter} is missing. Give a diagnosis code, like G47.62.");
        if (!CodeShape().IsMatch(code.Trim()))
            return (null, $"{CodeParameter} '{code}' is not an ICD-10-CM code. A code is a letter, digits and an optional dot, like G47.62.");
        if (type is not (Json or Atom))
            return (null, $"{ResponseTypeParameter} '{type}' is not supported. Use {Json} (the default) or {Atom}.");
        return (new ConnectRequest(system.Trim(), code.Trim(), type == Atom), null);
    }

    /// <summary>A repeated parameter is ambiguous, so it counts as malformed (empty).</summary>
    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? values.Count == 1 ? values[0] : "" : null;

    /// <summary>ICD-10-CM: a letter, a digit, a letter or digit, then up to four more after an optional dot.</summary>
    [GeneratedRegex(@"^[A-Za-z][0-9][0-9A-Za-z](\.?[0-9A-Za-z]{1,4})?$")]
    private static partial Regex CodeShape();
}
