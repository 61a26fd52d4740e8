using System.Globalization;

namespace NightLegCramps.Content.Languages;

/// <summary>
/// The languages the site is written in, from one line of configuration (<c>Content:Languages</c>, like
/// <c>en,es</c>). The first is the default: its pages live in the content folder itself and are served at
/// <c>/{slug}</c>. Each other language has its own folder, named by its code (<c>content/es/</c>), and its
/// pages are served under that code (<c>/es/{slug}</c>, home at <c>/es</c>).
/// </summary>
internal sealed class SiteLanguages
{
    private SiteLanguages(IReadOnlyList<string> codes) => Codes = codes;

    /// <summary>The language codes in configured order, the default first.</summary>
    public IReadOnlyList<string> Codes { get; }

    public string Default => Codes[0];

    /// <summary>The languages that have a folder and an address prefix of their own.</summary>
    public IEnumerable<string> Others => Codes.Skip(1);

    /// <summary>
    /// Reads <c>en,es</c>. A code must be a two- or three-letter language code (so it is also a safe folder
    /// name and a safe first part of an address); anything else is refused with a message an operator can act on.
    /// </summary>
    public static SiteLanguages Parse(string? configured)
    {
        var codes = (configured ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (codes.Count == 0) codes.Add(DefaultCode);
        foreach (var code in codes.Where(c => !IsLanguageCode(c)))
        {
            throw new ArgumentException($"Content:Languages: '{code}' is not a language code. Give two- or three-letter codes separated by commas, the default first, like 'en,es'.", nameof(configured));
        }
        return new SiteLanguages(codes);
    }

    public const string DefaultCode = "en";

    public bool IsOther(string code) => Codes.Skip(1).Contains(code, StringComparer.Ordinal);

    /// <summary>The language of a content file: the folder it is in when that folder is a language's, else the default.</summary>
    public string LanguageOfFile(string relativeName)
    {
        var slash = relativeName.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && IsOther(relativeName[..slash]) ? relativeName[..slash] : Default;
    }

    /// <summary>What a language's addresses start with: nothing for the default, <c>/es</c> for Spanish.</summary>
    public string PathPrefix(string code) => code == Default ? "" : "/" + code;

    /// <summary>The language an address is in: <c>/es/alivio</c> is Spanish, <c>/relief</c> the default.</summary>
    public string LanguageOfPath(string path)
    {
        var first = path.TrimStart('/').Split('/', 2)[0];
        return IsOther(first) ? first : Default;
    }

    /// <summary>The language's name in English, for messages to editors: "Spanish".</summary>
    public static string EnglishName(string code) => Culture(code).EnglishName;

    /// <summary>The language's name in itself, for the language switcher: "Español".</summary>
    public static string NativeName(string code)
    {
        var name = Culture(code).NativeName;
        return name.Length == 0 ? code : char.ToUpper(name[0], Culture(code)) + name[1..];
    }

    public static CultureInfo Culture(string code) => CultureInfo.GetCultureInfo(code);

    private static bool IsLanguageCode(string code) =>
        code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower);
}
