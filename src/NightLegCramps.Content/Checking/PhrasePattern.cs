using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NightLegCramps.Content.Checking;

/// <summary>
/// A phrase as an editor writes it in a rules file: plain words, matched whole, ignoring case, accents and
/// line breaks. Two marks make it wider, and nothing else is special (no regular expressions to learn):
/// <c>...</c> stands for any words within the same sentence, and <c>*</c> at the end of a word for any ending
/// (<c>diuretic*</c> finds "diuretic" and "diuretics").
/// </summary>
internal sealed class PhrasePattern
{
    private const string AnyWords = "...";

    // Rules are written by editors; a bounded match time keeps a strange phrase from hanging the checker.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex _regex;

    private PhrasePattern(string text, Regex regex)
    {
        Text = text;
        _regex = regex;
    }

    /// <summary>The phrase as the editor wrote it.</summary>
    public string Text { get; }

    /// <summary>The phrase, or null (with the reason) when it has no words to look for.</summary>
    public static PhrasePattern? Parse(string text, out string? problem)
    {
        var tokens = Fold(text).Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        problem = null;
        if (tokens.All(t => t == AnyWords))
        {
            problem = $"phrase '{text}' has no words to look for.";
            return null;
        }
        var pattern = new StringBuilder(@"(?<![\w'])");
        var gapBefore = false;
        var first = true;
        foreach (var token in tokens)
        {
            if (token == AnyWords)
            {
                gapBefore = true;
                continue;
            }
            if (!first)
            {
                // Between words: spaces; across '...': any run of words that does not end the sentence.
                pattern.Append(gapBefore ? @"\s(?:[^.!?\n]*?\s)?" : @"\s+");
            }
            var anyEnding = token.Length > 1 && token.EndsWith('*');
            pattern.Append(Regex.Escape(anyEnding ? token[..^1] : token));
            if (anyEnding) pattern.Append(@"[\w']*");
            gapBefore = false;
            first = false;
        }
        pattern.Append(@"(?![\w'])");
        return new PhrasePattern(text, new Regex(pattern.ToString(), RegexOptions.CultureInvariant, MatchTimeout));
    }

    /// <summary>
    /// The first place the phrase is said in <paramref name="text"/>, quoted as the page writes it, or null.
    /// Folding keeps every character in its place, so a match in the folded text is the same stretch of the original.
    /// </summary>
    public string? FindIn(string text)
    {
        var match = _regex.Match(Fold(text));
        return match.Success ? text.Substring(match.Index, match.Length) : null;
    }

    /// <summary>
    /// Lower case, without accents, with typographic apostrophes made plain: how phrase and page are compared.
    /// One character in, one character out, so positions in the folded text are positions in the original.
    /// </summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                folded.Append(c); // half of an emoji or rare letter: no accent to drop, and alone it cannot be normalised
                continue;
            }
            var bare = c.ToString().Normalize(NormalizationForm.FormD)
                .Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark).ToList();
            var one = bare.Count == 1 ? bare[0] : c; // a letter that does not come apart into one base letter stays as it is
            folded.Append(one is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(one));
        }
        return folded.ToString();
    }

    public override string ToString() => Text;
}
