using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;

namespace NightLegCramps.Web.Connect;

/// <summary>One code the health record asked about: <c>mainSearchCriteria.v.c1=G47.62</c> with <c>mainSearchCriteria.v.cs1=…</c>.</summary>
/// <param name="Suffix">The criterion's number as the record wrote it: "" for <c>.c</c>, "1" for <c>.c1</c>.</param>
public sealed record SearchCriterion(string Suffix, string CodeSystem, string Code)
{
    public string CodeKey => ConnectRequest.CodeParameter + Suffix;

    public string CodeSystemKey => ConnectRequest.CodeSystemParameter + Suffix;
}

/// <summary>
/// An HL7 Infobutton knowledge request in the URL form MedlinePlus Connect uses, such as
/// <c>?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&amp;mainSearchCriteria.v.c=G47.62</c>. It is read the way
/// health records really send it: a <c>+</c> left unencoded in a media type arrives as a space, several codes come as
/// <c>.c</c>, <c>.c1</c>, <c>.c2</c> … and parameters this site has no use for (<c>taskContext.c.c</c>, <c>age.v.v</c>,
/// <c>patientPerson.administrativeGenderCode.c</c> …) are accepted and ignored.
/// </summary>
public sealed partial record ConnectRequest(IReadOnlyList<SearchCriterion> Criteria, ConnectFormat Format, string? AskedType, string Language, string? AskedLanguage)
{
    public const string CodeSystemParameter = "mainSearchCriteria.v.cs";
    public const string CodeParameter = "mainSearchCriteria.v.c";
    public const string ResponseTypeParameter = "knowledgeResponseType";
    public const string LanguageParameter = "informationRecipient.languageCode.c";

    public const string Json = "application/json";
    public const string Atom = "application/atom+xml";
    public const string Xml = "text/xml";

    /// <summary>The language of the answer when the record names none, or one the site does not publish.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>
    /// How many numbered criteria are read (<c>.c</c>, then <c>.c0</c> to <c>.c9</c>). A problem list long enough to
    /// need more asks about other things; the bound also keeps made-up keys out of the page cache's key.
    /// </summary>
    private static readonly IReadOnlyList<string> Suffixes = ["", .. Enumerable.Range(0, 10).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    /// <summary>Every query key the answer depends on; any other key is accepted and ignored.</summary>
    public static readonly IReadOnlyList<string> Parameters =
        [.. Suffixes.SelectMany(s => new[] { CodeSystemParameter + s, CodeParameter + s }), ResponseTypeParameter, LanguageParameter];

    /// <summary>
    /// The query string that asks exactly this, for the answer's own address: only the keys that change the
    /// answer, percent-encoded, so a cached answer never repeats another caller's extra parameters.
    /// </summary>
    public string Query => "?" + string.Join("&", Criteria
            .SelectMany(c => new[] { (c.CodeSystemKey, c.CodeSystem), (c.CodeKey, c.Code) })
            .Concat(AskedType is null ? [] : [(ResponseTypeParameter, AskedType)])
            .Concat(AskedLanguage is null ? [] : [(LanguageParameter, AskedLanguage)])
            .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2)));

    /// <summary>The request, or the reason it cannot be answered, in words a developer can act on.</summary>
    /// <param name="accept">The request's Accept header: with no <c>knowledgeResponseType</c>, a browser gets a page.</param>
    public static (ConnectRequest? Request, string? Problem) Read(IQueryCollection query, StringValues accept)
    {
        var criteria = new List<SearchCriterion>();
        foreach (var suffix in Suffixes)
        {
            var (criterion, problem) = ReadCriterion(query, suffix);
            if (problem is not null) return (null, problem);
            if (criterion is not null) criteria.Add(criterion);
        }
        if (criteria.Count == 0)
            return (null, $"{CodeParameter} is missing. Give a diagnosis code, like G47.62, and its code system in {CodeSystemParameter} ({ConditionCodes.Icd10CmOid} for ICD-10-CM).");

        var askedType = Single(query, ResponseTypeParameter);
        var (format, typeProblem) = ChooseFormat(askedType, accept);
        if (typeProblem is not null) return (null, typeProblem);

        var askedLanguage = Single(query, LanguageParameter);
        return (new ConnectRequest(criteria, format, askedType is null ? null : NormaliseType(askedType),
            LanguageOf(askedLanguage), string.IsNullOrWhiteSpace(askedLanguage) ? null : askedLanguage.Trim()), null);
    }

    /// <summary>
    /// The reader's language from <c>informationRecipient.languageCode.c</c>: an ISO 639 code, two letters
    /// (<c>es</c>) or three (<c>spa</c>), maybe with a region (<c>es-US</c>). Anything else means the default, English.
    /// </summary>
    public static string LanguageOf(string? code)
    {
        var primary = (code ?? "").Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "es" or "spa" => "es",
            _ => DefaultLanguage,
        };
    }

    private static (SearchCriterion? Criterion, string? Problem) ReadCriterion(IQueryCollection query, string suffix)
    {
        var codeKey = CodeParameter + suffix;
        var systemKey = CodeSystemParameter + suffix;
        var code = Single(query, codeKey);
        var system = Single(query, systemKey);
        if (code is null && system is null) return (null, null);
        if (string.IsNullOrWhiteSpace(system))
            return (null, $"{systemKey} is missing. Give the code system of {codeKey}: {ConditionCodes.Icd10CmOid} for ICD-10-CM.");
        if (!OidShape().IsMatch(system.Trim()))
            return (null, $"{systemKey} '{system}' is not a code system identifier. It should be an OID, like {ConditionCodes.Icd10CmOid} for ICD-10-CM.");
        if (string.IsNullOrWhiteSpace(code))
            return (null, $"{codeKey} is missing. Give a diagnosis code, like G47.62.");
        system = system.Trim();
        code = code.Trim();
        if (system == ConditionCodes.Icd10CmOid && !Icd10CmShape().IsMatch(code))
            return (null, $"{codeKey} '{code}' is not an ICD-10-CM code. A code is a letter, digits and an optional dot, like G47.62.");
        if (!AnyCodeShape().IsMatch(code))
            return (null, $"{codeKey} '{code}' is not a code. Codes are letters, digits, dots and dashes, like G47.62.");
        return (new SearchCriterion(suffix, system, code), null);
    }

    /// <summary>
    /// What to answer in. A <c>+</c> typed into a URL arrives as a space, so <c>application/atom xml</c> is Atom.
    /// JSONP is refused on purpose: the caller would run our answer as script inside its own page.
    /// </summary>
    private static (ConnectFormat Format, string? Problem) ChooseFormat(string? asked, StringValues accept)
    {
        if (asked is null)
        {
            return (IsBrowser(accept) ? ConnectFormat.Html : ConnectFormat.Atom, null);
        }
        return NormaliseType(asked) switch
        {
            Atom => (ConnectFormat.Atom, null),
            Xml => (ConnectFormat.Xml, null),
            Json => (ConnectFormat.Json, null),
            "application/javascript" or "text/javascript" => (default, $"{ResponseTypeParameter} '{asked}' (JSONP) is not offered: "
                + $"it would run this site's answer as script inside your page. Ask for {Json} and read it as data instead."),
            _ => (default, $"{ResponseTypeParameter} '{asked}' is not supported. Use {Atom} (the default), {Xml} or {Json}."),
        };
    }

    /// <summary>
    /// The guide's default answer is Atom; a person who clicked an infobutton in a browser (which asks for
    /// <c>text/html</c>) gets a page of the topics instead.
    /// </summary>
    public static bool IsBrowser(StringValues accept) =>
        accept.Any(v => v is not null && v.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>Lower case, parameters such as <c>; charset=utf-8</c> dropped, and a space (a <c>+</c> that was not encoded) read as <c>+</c>.</summary>
    private static string NormaliseType(string type) =>
        type.Split(';')[0].Trim().Replace(' ', '+').ToLowerInvariant();

    /// <summary>A repeated parameter is ambiguous, so it counts as malformed (empty).</summary>
    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? values.Count == 1 ? values[0] : "" : null;

    /// <summary>ICD-10-CM: a letter, a digit, a letter or digit, then up to four more after an optional dot.</summary>
    [GeneratedRegex(@"^[A-Za-z][0-9][0-9A-Za-z](\.?[0-9A-Za-z]{1,4})?$")]
    private static partial Regex Icd10CmShape();

    /// <summary>Codes of other systems (SNOMED CT 44186003, ICD-9-CM 729.82): short, and nothing that could be markup.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.\-]{0,39}$")]
    private static partial Regex AnyCodeShape();

    /// <summary>An ISO object identifier: numbers separated by dots, such as 2.16.840.1.113883.6.96 (SNOMED CT).</summary>
    [GeneratedRegex(@"^[0-2](\.(0|[1-9][0-9]{0,19})){1,30}$")]
    private static partial Regex OidShape();
}

/// <summary>What the answer is written as.</summary>
public enum ConnectFormat
{
    /// <summary>An Atom feed, the Infobutton guide's default, sent as <c>application/atom+xml</c>.</summary>
    Atom,

    /// <summary>The same Atom feed, sent as <c>text/xml</c>, which MedlinePlus Connect answers by default.</summary>
    Xml,

    Json,

    /// <summary>A page of the matching topics, for a person who opened the address in a browser.</summary>
    Html,
}
