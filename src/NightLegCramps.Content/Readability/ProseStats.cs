using System.Text.RegularExpressions;

namespace NightLegCramps.Content.Readability;

/// <summary>
/// How hard a page's prose is to read, as a Flesch–Kincaid grade (US school grade; 6 is about age 11).
/// Syllables are counted by vowel groups: rough, but stable, and good enough to spot a hard page.
/// </summary>
public sealed partial record ProseStats(int Words, int Sentences, int Syllables)
{
    public double Grade => Words == 0 || Sentences == 0
        ? 0
        : Math.Round((0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59, 1);

    [GeneratedRegex("[A-Za-z0-9]+(?:['’][A-Za-z]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?]+(\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();

    /// <summary>Measures some blocks of prose; each block ends a sentence even without a full stop (list items).</summary>
    public static ProseStats Measure(IEnumerable<string> blocks)
    {
        int words = 0, sentences = 0, syllables = 0;
        foreach (var block in blocks)
        {
            var blockWords = Word().Matches(block).Select(m => m.Value).ToList();
            if (blockWords.Count == 0) continue;
            words += blockWords.Count;
            syllables += blockWords.Sum(CountSyllables);
            var ends = SentenceEnd().Count(block.Trim());
            sentences += Math.Max(1, ends + (Regex.IsMatch(block.Trim(), @"[.!?]$") ? 0 : 1));
        }
        return new ProseStats(words, sentences, syllables);
    }

    public static int CountSyllables(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.All(char.IsDigit)) return 1;
        var count = VowelGroup().Count(lower);
        if (lower.Length > 2 && lower.EndsWith('e') && !lower.EndsWith("le", StringComparison.Ordinal)) count--;
        return Math.Max(1, count);
    }
}
