namespace NightLegCramps.Web.Feedback;

/// <summary>
/// The feedback store for a command, configured exactly as the site would be (appsettings, environment,
/// <c>--Feedback:...</c> arguments, the same content root), without starting the web server.
/// </summary>
public sealed class FeedbackCommandHost : IDisposable
{
    private readonly WebApplication _app;

    private FeedbackCommandHost(WebApplication app)
    {
        _app = app;
        Store = app.Services.GetRequiredService<FeedbackStore>();
    }

    public FeedbackStore Store { get; }

    public FeedbackDatabase Database => Store.Database;

    public static FeedbackCommandHost Open(string[] settings)
    {
        var builder = WebApplication.CreateBuilder(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddFeedbackStore();
        return new FeedbackCommandHost(builder.Build());
    }

    public void Dispose() => ((IDisposable)_app).Dispose();
}
