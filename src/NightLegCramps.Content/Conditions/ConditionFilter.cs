using System.Globalization;
using System.Text;

namespace NightLegCramps.Content.Conditions;

/// <summary>
/// Finds conditions by what a patient types: case and accents are ignored, the plain-language name and the
/// other words from the words file count as much as the medical name, and a word finds others from the same
/// stem ("pregnant" finds Pregnancy, "kidneys" finds kidney). The rules hold in any language: they compare
/// letters, not the grammar of one language. site.js applies the same rules in the browser.
/// </summary>
internal static class ConditionFilter
{
    /// <summary>The shortest shared start that counts as one stem: shorter ones join unrelated words ("hyper", "hypo").</summary>
    public const int MinStem = 4;

    /// <summary>How many letters at the end of a typed word may differ (pregnan-t / pregnan-cy, diabet-ic / diabet-es).</summary>
    public const int MaxEnding = 3;

    /// <summary>
    /// How much of a query is read. No name on the list is near this long, and the closest-entry search costs
    /// the query's length times every word on the list, so a made-up 2,000-letter query cost 150 ms a request.
    /// </summary>
    public const int MaxQueryLength = 100;

    public static IReadOnlyList<ConditionCategory> Apply(IReadOnlyList<ConditionCategory> categories, string? query)
    {
        var words = WordsOf(query);
        if (words.Length == 0) return categories;
        return categories
            .Select(c => c with { Conditions = c.Conditions.Where(condition => Matches(condition.SearchText, words)).ToList() })
            .Where(c => c.Conditions.Count > 0)
            .ToList();
    }

    /// <summary>The folded words of a query.</summary>
    public static string[] WordsOf(string? query) =>
        Fold(query is { Length: > MaxQueryLength } ? query[..MaxQueryLength] : query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Every word of the query finds a word of the text (folded both).</summary>
    public static bool Matches(string searchText, IReadOnlyList<string> queryWords)
    {
        var textWords = searchText.Split(' ');
        return queryWords.All(q => textWords.Any(t => WordMatches(q, t)));
    }

    /// <summary>A typed word finds a word of the text that contains it, or that shares its stem.</summary>
    public static bool WordMatches(string typed, string word)
    {
        if (word.Contains(typed, StringComparison.Ordinal)) return true;
        var shared = 0;
        while (shared < typed.Length && shared < word.Length && typed[shared] == word[shared]) shared++;
        return shared >= Math.Max(MinStem, typed.Length - MaxEnding);
    }

    /// <summary>
    /// When nothing matches: the entries whose words are closest to what was typed (a misspelling such as
    /// "diabetis" or "anemea"), at most <paramref name="count"/>, nearest first. Empty when nothing is near.
    /// </summary>
    public static IReadOnlyList<Condition> Closest(IEnumerable<Condition> conditions, string? query, int count = 3)
    {
        var typed = WordsOf(query);
        if (typed.Length == 0) return [];
        return conditions
            .Select(c => (Condition: c, Distance: typed.Sum(q => c.SearchText.Split(' ').Min(w => Distance(q, w)))))
            .Where(x => x.Distance <= typed.Sum(q => Math.Max(1, q.Length / 3)))
            .OrderBy(x => x.Distance)
            .Take(count)
            .Select(x => x.Condition)
            .ToList();
    }

    /// <summary>Edit distance between a typed word and the start of a word of the same length or longer, so a half-typed word is near.</summary>
    private static int Distance(string typed, string word)
    {
        var target = word.Length > typed.Length + 1 ? word[..(typed.Length + 1)] : word;
        var previous = new int[target.Length + 1];
        var current = new int[target.Length + 1];
        for (var j = 0; j <= target.Length; j++) previous[j] = j;
        for (var i = 1; i <= typed.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= target.Length; j++)
            {
                var cost = typed[i - 1] == target[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        // A prefix one letter longer than typed may end early: take the best of its last two columns.
        return target.Length > typed.Length ? Math.Min(previous[target.Length], previous[target.Length - 1]) : previous[target.Length];
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
