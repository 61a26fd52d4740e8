using System.Globalization;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Content.Readability;

/// <summary>
/// How easy a page is to read, by the formula made for its language, and what to tell the editor when it misses
/// the site's target. English uses the Flesch–Kincaid grade (lower is easier); Spanish uses Szigriszt-Pazos's
/// perspicuity index read on the INFLESZ scale (higher is easier; 65 and above is "bastante fácil"). A formula made
/// for one language says little about another, so a language without one here is not measured.
/// </summary>
internal sealed record ReadingLevel(string Formula, double Score, string? Problem)
{
    public string ScoreText => Score.ToString("0.0", CultureInfo.InvariantCulture);

    public bool MeetsTarget => Problem is null;

    /// <summary>The reading level of some prose in a language, or null when the site has no formula for it.</summary>
    public static ReadingLevel? Of(IReadOnlyCollection<string> blocks, string language, ContentSettings settings) => language switch
    {
        "en" => English(ProseStats.Measure(blocks).Grade, settings.MaxReadingGrade),
        "es" => Spanish(ProseStats.Measure(blocks, SpanishSyllables.Count).Inflesz, settings.MinSpanishReadingScore),
        _ => null,
    };

    private static ReadingLevel English(double grade, double max) => new("Flesch–Kincaid grade", grade,
        grade <= max ? null : Invariant($"reading grade {grade:0.0} is above the target of {max:0.#}. Use shorter sentences and everyday words."));

    private static ReadingLevel Spanish(double score, double min) => new("Szigriszt-Pazos INFLESZ", score,
        score >= min ? null : Invariant($"Spanish reading score {score:0.0} (INFLESZ, Szigriszt-Pazos) is below the target of {min:0.#} (\"bastante fácil\"). Use shorter sentences and shorter, everyday words."));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
