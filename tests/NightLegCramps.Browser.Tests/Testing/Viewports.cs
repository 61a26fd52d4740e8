using Microsoft.Playwright;

namespace NightLegCramps.Browser.Tests.Testing;

/// <summary>The screens we promise to work on: a common phone and a laptop.</summary>
public static class Viewports
{
    public static ViewportSize Phone { get; } = new() { Width = 390, Height = 844 };

    public static ViewportSize Desktop { get; } = new() { Width = 1280, Height = 800 };
}
