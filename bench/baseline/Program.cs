using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Primitives;

// The baseline for bench/run.sh: a bare Kestrel app that answers every request with one response captured
// from the site (`curl -D headers -o body`): the same status line, the same headers and the same bytes,
// with no routing, middleware, logging or cache. What the site does beyond this is what the bench measures.
//
//   dotnet Baseline.dll HEADERS_FILE BODY_FILE   (ASPNETCORE_URLS sets the address)
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Baseline HEADERS_FILE BODY_FILE");
    return 2;
}
var body = File.ReadAllBytes(args[1]);
// Headers Kestrel writes itself (or that describe the connection) are left to it.
string[] own = ["date", "server", "content-length", "transfer-encoding", "connection", "keep-alive"];
var headers = File.ReadAllLines(args[0])
    .Skip(1) // the status line
    .Select(line => line.Split(':', 2))
    .Where(parts => parts.Length == 2 && !own.Contains(parts[0].Trim().ToLowerInvariant()))
    .GroupBy(parts => parts[0].Trim(), StringComparer.OrdinalIgnoreCase)
    .Select(g => (Name: g.Key, Value: new StringValues(g.Select(p => p[1].Trim()).ToArray())))
    .ToArray();
var sendsServer = File.ReadAllLines(args[0]).Any(l => l.StartsWith("server:", StringComparison.OrdinalIgnoreCase));

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = sendsServer);
var app = builder.Build();
app.Run(context =>
{
    var response = context.Response;
    response.StatusCode = 200;
    foreach (var (name, value) in headers) response.Headers[name] = value;
    response.ContentLength = body.Length;
    return response.Body.WriteAsync(body).AsTask();
});
app.Run();
return 0;
