namespace NightLegCramps.Content.Readability;

/// <summary>
/// Counts the syllables of a Spanish word by its vowel nuclei. Spanish spelling is regular enough for rules:
/// an unstressed i or u (or ü) next to another vowel joins it in one syllable (diphthong: "cuando", "siente"),
/// two strong vowels (a, e, o) are two syllables ("le-er"), and a written accent on i or u breaks the pair
/// ("dí-a", "ba-úl"). The u of "que", "qui", "gue", "gui" is silent, and a final y after a vowel is a vowel ("hoy").
/// </summary>
internal static class SpanishSyllables
{
    public static int Count(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length > 0 && w.All(char.IsDigit)) return 1;
        var count = 0;
        var previous = ' '; // the last vowel of the current group, or ' ' outside a group
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (c == 'u' && i > 0 && w[i - 1] is 'q' or 'g' && i + 1 < w.Length && w[i + 1] is 'e' or 'i' or 'é' or 'í')
            {
                continue; // silent u: "que", "guiso"
            }
            if (c == 'y' && i == w.Length - 1 && previous != ' ')
            {
                c = 'i'; // "hoy", "muy": a final y closes a diphthong
            }
            if (!IsVowel(c))
            {
                previous = ' ';
                continue;
            }
            if (previous == ' ' || !JoinsWith(previous, c))
            {
                count++;
            }
            previous = c;
        }
        return Math.Max(1, count);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü';

    /// <summary>Unstressed i, u and ü are weak; every other vowel (and an accented í or ú) is strong.</summary>
    private static bool IsWeak(char c) => c is 'i' or 'u' or 'ü';

    /// <summary>Two vowels side by side share a syllable when at least one of them is weak.</summary>
    private static bool JoinsWith(char first, char second) => IsWeak(first) || IsWeak(second);
}
