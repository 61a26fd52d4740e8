using System.Collections.Frozen;

namespace NightLegCramps.Content.Checking;

/// <summary>
/// The first parts of the addresses the site serves itself (<c>api</c>, <c>healthz</c>, <c>css</c>, ...), so no page
/// may take one as its slug, no old address may point there, and a link to one is not a broken link.
/// </summary>
/// <remarks>
/// The content library does not know them: the web app works them out from what it really maps (its endpoints
/// and static files) and hands them over. They are read on first use, because the app maps its endpoints after
/// the content store exists; a content folder checked on its own reserves nothing but the language codes.
/// </remarks>
internal sealed class ReservedAddresses
{
    private readonly Lazy<FrozenSet<string>> _firstParts;

    public ReservedAddresses(Func<IEnumerable<string>> firstParts) =>
        _firstParts = new(() => firstParts().Select(p => p.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Nothing reserved: a content folder on its own.</summary>
    public static ReservedAddresses None { get; } = new(() => []);

    /// <summary>These first parts, for a site known in advance.</summary>
    public static ReservedAddresses Of(params string[] firstParts) => new(() => firstParts);

    /// <summary>Whether <paramref name="firstPart"/> (one path segment, any case, as routing ignores case) is the site's own.</summary>
    public bool Contains(string firstPart) => _firstParts.Value.Contains(firstPart.ToLowerInvariant());

    /// <summary>Every reserved first part, in order, for a message that lists them.</summary>
    public IReadOnlyList<string> All => _firstParts.Value.Order(StringComparer.Ordinal).ToList();
}
