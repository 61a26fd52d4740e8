namespace NightLegCramps.Web.Pages;

/// <summary>A heading a view writes itself (not from Markdown), so clinicians can still link to it.</summary>
public sealed record SectionHeading(string Anchor, string Text);
