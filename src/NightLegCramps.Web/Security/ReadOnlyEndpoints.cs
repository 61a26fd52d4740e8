namespace NightLegCramps.Web.Security;

/// <summary>
/// Maps an endpoint for the two methods <see cref="ReadOnlyMethods"/> promises. <c>MapGet</c> alone answers
/// GET only, so a HEAD (what link checkers and monitors send) would be refused.
/// </summary>
public static class ReadOnlyEndpoints
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapMethods(pattern, Methods, handler);
}
