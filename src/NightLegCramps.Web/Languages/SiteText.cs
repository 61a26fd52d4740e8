using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using NightLegCramps.Content.Languages;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Languages;

/// <summary>
/// The site's own words (the page frame, not the content): <c>SiteText.resx</c> beside this class holds the
/// default language's, and <c>SiteText.{code}.resx</c> each other language's, read through
/// <see cref="IStringLocalizer{SiteText}"/> in the culture of the address being served.
/// </summary>
public sealed class SiteText;

internal static class SiteTextExtensions
{
    /// <summary>A date for readers in the page's language: "20 November 2026", "20 de noviembre de 2026".</summary>
    public static string Date(this IStringLocalizer<SiteText> text, DateOnly date) =>
        date.ToString(text["DateFormat"], CultureInfo.CurrentCulture);

    /// <summary>A sentence whose <c>{0}</c> is an address or code to show as <c>&lt;code&gt;</c>, both HTML-encoded.</summary>
    public static IHtmlContent WithCode(this IStringLocalizer<SiteText> text, string key, string code)
    {
        var parts = text[key].Value.Split("{0}", 2);
        var html = new HtmlContentBuilder().Append(parts[0]);
        if (parts.Length == 2) html.AppendHtml("<code>").Append(code).AppendHtml("</code>").Append(parts[1]);
        return html;
    }

    /// <summary>The site's name: <c>Site:Name</c> in the default language, the resource's in the others.</summary>
    public static string SiteName(this IStringLocalizer<SiteText> text, SiteOptions site, SiteLanguages languages) =>
        RequestLanguage.Current(languages) == languages.Default ? site.Name : text["SiteName"];
}

/// <summary>The language of the request being served, as the request localization set it from the address.</summary>
internal static class RequestLanguage
{
    public static string Current(SiteLanguages languages)
    {
        var name = CultureInfo.CurrentUICulture.Name;
        return languages.Codes.Contains(name, StringComparer.Ordinal) ? name : languages.Default;
    }

    /// <summary>The Open Graph form of a language: <c>es_ES</c>, <c>en_US</c>.</summary>
    public static string OpenGraphLocale(string language) =>
        CultureInfo.CreateSpecificCulture(language).Name.Replace('-', '_');
}
