namespace NightLegCramps.Content.Tests.Testing;

/// <summary>A clock stopped at one day, so checks about review dates give the same answer every day.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>2026-06-01: after the sample page's last review (2026-01-10), before its next (2027-01-10).</summary>
    public static FixedClock Today { get; } = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
