using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NightLegCramps.Web.Pages;

/// <summary>The friendly page the exception handler shows. It never shows what failed; the log has that.</summary>
public sealed class ErrorModel : PageModel
{
    public IActionResult OnGet()
    {
        // Visited directly, there is no error to apologise for: it is just an unknown page.
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is null) return NotFound();
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Page();
    }
}
