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
public sealed class PhrasePattern
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

    /// <summary>The first place the phrase is said in <paramref name="folded"/> (text already passed through <see cref="Fold"/>), or null.</summary>
    public string? FindIn(string folded)
    {
        var match = _regex.Match(folded);
        return match.Success ? match.Value : null;
    }

    /// <summary>Lower case, without accents, with typographic apostrophes made plain: how phrase and page are compared.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c));
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    public override string ToString() => Text;
}
