using System.Text.RegularExpressions;

namespace NightLegCramps.Content.Topics;

/// <summary>
/// The one form of a name in an address: lower-case letters and digits in words joined by single hyphens.
/// Page slugs (<c>/relief</c>) and section names (<c>#what-to-try</c>) both take it, so either is safe
/// in a URL and an HTML id without escaping.
/// </summary>
internal static partial class SlugFormat
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string name) => Pattern().IsMatch(name);
}
