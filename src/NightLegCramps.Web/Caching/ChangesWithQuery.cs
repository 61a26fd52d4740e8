namespace NightLegCramps.Web.Caching;

/// <summary>
/// Endpoint metadata naming the query keys that change a response. The page cache keys its entries by these
/// alone, so <c>/relief?x=1</c>, <c>?x=2</c> … share one entry instead of filling memory with copies.
/// An endpoint without it is cached the same whatever its query string.
/// </summary>
public interface IChangesWithQuery
{
    /// <summary>The keys that matter for this request, exactly as the endpoint reads them.</summary>
    IEnumerable<string> KeysThatMatter(HttpContext http);
}

/// <summary>The same query keys matter on every request, such as <c>topics</c> on <c>/handout</c>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ChangesWithQueryAttribute(params string[] keys) : Attribute, IChangesWithQuery
{
    public IReadOnlyList<string> Keys { get; } = keys;

    public IEnumerable<string> KeysThatMatter(HttpContext http) => Keys;
}
