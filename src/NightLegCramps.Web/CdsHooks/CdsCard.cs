namespace NightLegCramps.Web.CdsHooks;

/// <summary>A CDS Hooks 2.0 card. Only the fields this service fills are here; the spec makes the rest optional.</summary>
public sealed record CdsCard(string Summary, string Detail, string Indicator, CdsSource Source, IReadOnlyList<CdsLink> Links)
{
    /// <summary>The spec's limit: a card's summary is under 140 characters, so EHRs can show it on one line.</summary>
    public const int MaxSummaryLength = 140;
}

/// <summary>Who the card's information comes from.</summary>
public sealed record CdsSource(string Label, string Url);

/// <summary>A link on a card; <c>absolute</c> means a plain web page, not a SMART app to launch.</summary>
public sealed record CdsLink(string Label, string Url, string Type)
{
    public static CdsLink Absolute(string label, string url) => new(label, url, "absolute");
}

/// <summary>The service's answer: <c>{"cards": [...]}</c>, empty when there is nothing to say.</summary>
public sealed record CdsResponse(IReadOnlyList<CdsCard> Cards)
{
    public static CdsResponse None { get; } = new([]);
}
