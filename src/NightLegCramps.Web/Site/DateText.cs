using System.Globalization;

namespace NightLegCramps.Web.Site;

/// <summary>How the site writes a date: one way for readers, one for machines (HTML attributes, JSON, XML).</summary>
public static class DateText
{
    /// <summary>20 November 2026: no month-day order to misread, whatever the reader's country.</summary>
    public static string ForReaders(this DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>2026-11-20, as ISO 8601 wants.</summary>
    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
