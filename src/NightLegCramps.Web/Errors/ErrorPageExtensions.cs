namespace NightLegCramps.Web.Errors;

public static class ErrorPageExtensions
{
    /// <summary>
    /// Outside Development an unexpected fault shows a friendly page (status 500) with no details;
    /// the details go to the log. Development keeps the framework's page with the stack trace.
    /// </summary>
    public static WebApplication UseSiteErrorPage(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        return app;
    }
}
