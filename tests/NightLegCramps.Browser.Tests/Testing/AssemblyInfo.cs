using NightLegCramps.Browser.Tests.Testing;

// One site and one browser for the whole test run.
[assembly: AssemblyFixture(typeof(BrowserSite))]
