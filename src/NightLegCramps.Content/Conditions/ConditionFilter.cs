using System.Globalization;
using System.Text;

namespace NightLegCramps.Content.Conditions;

/// <summary>
/// Finds conditions by what a patient types: case and accents are ignored, and the plain-language
/// name counts as much as the medical one, so "thyroid" or "water pills" find their entries.
/// </summary>
public static class ConditionFilter
{
    public static IReadOnlyList<ConditionCategory> Apply(IReadOnlyList<ConditionCategory> categories, string? query)
    {
        var words = Fold(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return categories;
        return categories
            .Select(c => c with { Conditions = c.Conditions.Where(condition => Matches(condition, words)).ToList() })
            .Where(c => c.Conditions.Count > 0)
            .ToList();
    }

    private static bool Matches(Condition condition, string[] words)
    {
        var text = condition.SearchText;
        return words.All(w => text.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Lower case, no accents, punctuation as spaces: the form both sides are compared in.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : c == '\'' || c == '\u2019' ? '\0' : ' ');
        }
        return string.Join(' ', folded.ToString().Replace("\0", "", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
