using NightLegCramps.Web.Api;
using NightLegCramps.Web.Benchmark;
using NightLegCramps.Web.Caching;
using NightLegCramps.Web.CdsHooks;
using NightLegCramps.Web.Commands;
using NightLegCramps.Web.Compression;
using NightLegCramps.Web.Connect;
using NightLegCramps.Web.Errors;
using NightLegCramps.Web.Feedback;
using NightLegCramps.Web.Health;
using NightLegCramps.Web.Languages;
using NightLegCramps.Web.Logging;
using NightLegCramps.Web.Pages;
using NightLegCramps.Web.Proxy;
using NightLegCramps.Web.Redirects;
using NightLegCramps.Web.Security;
using NightLegCramps.Web.Site;
using NightLegCramps.Web.LiveContent;
using NightLegCramps.Web.Sitemap;

var command = SiteCommands.Parse(args); // serve, or one of the commands in its table
if (await command.RunWithoutSiteAsync() is { } exitCode)
{
    return exitCode; // --help, a mistake on the command line (2), or a command that needs no site
}

var builder = WebApplication.CreateBuilder(command.HostSettings);

builder.AddSiteLogging();
builder.AddSiteSecurity();
builder.AddSiteOptions();
builder.AddSiteContent();
builder.AddContentPerRequest(); // every part of a request reads one snapshot
builder.AddSiteLanguages();
builder.AddSiteHealth();
builder.AddSitePages();
builder.AddConnect();
builder.AddCdsHooks();
builder.AddPageCaching();
builder.AddSiteCompression();
builder.AddProxySupport();
builder.AddFeedback();

var app = builder.Build();
if (command.Command.ServesPages && app.BaseUrlProblem() is { } problem)
{
    Console.Error.WriteLine(problem); // one line, then exit 1: never serve or export pages that point at the wrong address
    return 1;
}

// Middleware, in the order a request meets it.
app.UseProxySupport();   // first: the client's scheme and address, from trusted proxies only (off by default)
app.UseRequestLogging(); // one line per request, timed around everything below
app.UseSiteSecurity();   // headers on every response, then HSTS and HTTPS redirection
app.UseCdsHooks();      // CORS, for the CDS Hooks endpoints only
app.UseContentPerRequest(); // one content snapshot for everything below, the error page included
app.UseSiteErrorPage();  // outside Development: faults show the friendly /error page
app.UsePageAddressRedirects(); // near misses and old addresses answer 301 before any page is looked up, cached or not
app.UsePageCaching();    // the output cache and ETags, outside compression so a hit costs no compression
app.UseSiteCompression();
// Below here runs only when the cache has no answer: a cached page needs neither its language nor authorization.
app.UseSiteLanguages();  // the language of the address being served, before any page, error page or 404 renders
app.UseEndpointAuthorization();
app.UseBenchmarkStaticFolder();
app.UseSitePages();      // unknown addresses get the 404 page
app.UseFeedback();       // the per-address rate limit on POST /feedback

// Endpoints: what answers at the end of the pipeline, once every middleware above has run.
app.MapSiteHealth();     // /healthz, /readyz
app.MapSitePages();
app.MapContentApi();
app.MapCdsHooks();
app.MapSitemap();
app.MapFeedback();      // POST /feedback
app.KeepAppAddressesFromPages(); // every address mapped above is one no page may take

return await command.RunOnSiteAsync(app); // serve until stopped, or run check-content / export on the built site

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
