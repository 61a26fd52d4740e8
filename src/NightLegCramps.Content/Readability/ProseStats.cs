using System.Text.RegularExpressions;

namespace NightLegCramps.Content.Readability;

/// <summary>
/// How hard a page's prose is to read, as a Flesch–Kincaid grade (US school grade; 6 is about age 11).
/// Syllables are counted by vowel groups: rough, but stable, and good enough to spot a hard page.
/// </summary>
internal sealed partial record ProseStats(int Words, int Sentences, int Syllables)
{
    public double Grade => Words == 0 || Sentences == 0
        ? 0
        : Math.Round((0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59, 1);

    /// <summary>
    /// Szigriszt-Pazos's perspicuity index for Spanish, read on the INFLESZ scale (Barrio-Cantalejo, 2008):
    /// below 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy ("bastante fácil"), above 80 very easy.
    /// Only meaningful when syllables were counted the Spanish way.
    /// </summary>
    public double Inflesz => Words == 0 || Sentences == 0
        ? 0
        : Math.Round(206.835 - (62.3 * Syllables / Words) - ((double)Words / Sentences), 1);

    // Letters in any alphabet, so a Spanish word with an accent or ñ stays one word.
    [GeneratedRegex(@"[\p{L}0-9]+(?:['’]\p{L}+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?]+(\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();

    /// <summary>Measures some blocks of prose; each block ends a sentence even without a full stop (list items).</summary>
    public static ProseStats Measure(IEnumerable<string> blocks) => Measure(blocks, CountSyllables);

    /// <summary>Measures prose with a language's own way of counting syllables.</summary>
    public static ProseStats Measure(IEnumerable<string> blocks, Func<string, int> countSyllables)
    {
        int words = 0, sentences = 0, syllables = 0;
        foreach (var block in blocks)
        {
            var blockWords = Word().Matches(block).Select(m => m.Value).ToList();
            if (blockWords.Count == 0) continue;
            words += blockWords.Count;
            syllables += blockWords.Sum(countSyllables);
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
