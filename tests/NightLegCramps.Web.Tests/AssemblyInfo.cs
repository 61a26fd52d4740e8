// One read-only site over the fixture content for the whole assembly: starting a host per class cost most of the run.
[assembly: AssemblyFixture(typeof(NightLegCramps.Testing.SharedSite))]

// One throwaway PostgreSQL cluster for the whole run, started only if a test needs it.
[assembly: AssemblyFixture(typeof(NightLegCramps.Testing.PostgresServer))]

// The deploy tests (a publish, then the README's commands one after another) start first, not wherever xunit's random order puts them.
[assembly: TestCollectionOrderer(typeof(NightLegCramps.Testing.StartFirstOrderer))]
