namespace NightLegCramps.Content.Topics;

/// <summary>An h2 or h3 of a topic: the part of a page a clinician can link to.</summary>
internal sealed record Section(int Level, string Heading, string Anchor, int Line);
