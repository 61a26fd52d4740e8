// One read-only site over the fixture content for the whole assembly: starting a host per class cost most of the run.
[assembly: AssemblyFixture(typeof(NightLegCramps.Testing.SharedSite))]
