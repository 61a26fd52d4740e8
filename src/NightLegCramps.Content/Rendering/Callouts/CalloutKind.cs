namespace NightLegCramps.Content.Rendering.Callouts;

/// <summary>The boxes an editor can declare with <c>:::name</c> ... <c>:::</c>.</summary>
internal static class CalloutKind
{
    /// <summary>Get medical care straight away.</summary>
    public const string Urgent = "urgent";

    /// <summary>Book an appointment with a doctor.</summary>
    public const string Appointment = "appointment";

    /// <summary>The general-information notice every page ends with.</summary>
    public const string Notice = "notice";

    /// <summary>What to do during a cramp, right now: the panel that opens the home page.</summary>
    public const string Now = "now";

    public static readonly IReadOnlyList<string> All = [Urgent, Appointment, Notice, Now];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind);
}
