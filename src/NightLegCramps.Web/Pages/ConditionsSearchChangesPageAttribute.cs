using NightLegCramps.Web.Site;
using NightLegCramps.Web.Caching;

namespace NightLegCramps.Web.Pages;

/// <summary>
/// On topic pages the filter <c>?q=</c> changes only the conditions page, so only there is it part of
/// the page cache's key; <c>/relief?q=…</c> is the same page as <c>/relief</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ConditionsSearchChangesPageAttribute : Attribute, IChangesWithQuery
{
    public IEnumerable<string> KeysThatMatter(HttpContext http) =>
        http.Content().FindByPath(http.Request.Path.Value ?? "")?.Conditions is not null
            ? [ConditionList.QueryParameter]
            : [];
}
