using Microsoft.Net.Http.Headers;

namespace NightLegCramps.Web.Connect;

/// <summary>
/// What a cached <c>/connect</c> answer is keyed by besides its Infobutton keys (<see cref="Caching.CachePolicies.Connect"/>):
/// when it names no <c>knowledgeResponseType</c>, whether it came from a browser (a page) or a program (Atom).
/// Without it, whichever came first would be handed to the other.
/// </summary>
internal static class ConnectCacheKey
{
    public static string ReaderOf(HttpRequest request) => request.Query.ContainsKey(ConnectRequest.ResponseTypeParameter)
        ? "asked"
        : ConnectRequest.IsBrowser(request.Headers[HeaderNames.Accept]) ? "browser" : "program";
}
