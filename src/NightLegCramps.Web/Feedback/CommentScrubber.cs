using System.Text.RegularExpressions;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// Takes contact details out of a comment before it is stored: readers are asked not to write them, and some
/// will anyway. E-mail addresses, phone numbers and any run of six or more digits (record numbers, dates of
/// birth written without separators, card numbers) become <c>[removed]</c>.
/// </summary>
public static partial class CommentScrubber
{
    public const string Removed = "[removed]";

    public static string Scrub(string comment)
    {
        var text = Email().Replace(comment, Removed);
        // "10 - 15 minutes" looks like the start of a number but has four digits: a phone number has at least seven.
        text = Phone().Replace(text, m => m.Value.Count(char.IsAsciiDigit) >= 7 ? Removed : m.Value);
        return LongDigits().Replace(text, Removed);
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+'-]+\s*(@|\(at\)|\[at\])\s*[\p{L}\p{N}-]+(\s*(\.|\(dot\)|\[dot\])\s*[\p{L}\p{N}-]+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Email();

    /// <summary>Digits with the spaces, dots, dashes, brackets and leading + that phone numbers are written with.</summary>
    [GeneratedRegex(@"\+?\(?\d[\d\s().-]{5,}\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\d{6,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex LongDigits();
}
