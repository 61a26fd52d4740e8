using System.Globalization;

namespace NightLegCramps.Content;

/// <summary>
/// "1 file", "2 files": a count that agrees with its noun, in every line an editor or an operator reads (the
/// checker's summary, the reload log, the export and feedback commands). Nouns here take a plain "s".
/// </summary>
internal static class Counted
{
    public static string Of(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
