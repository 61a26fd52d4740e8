using Xunit.Sdk;
using Xunit.v3;

namespace NightLegCramps.Testing;

/// <summary>Marks a collection definition whose tests take minutes one after another (a publish, then commands run in its copy).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StartFirstAttribute : Attribute;

/// <summary>
/// xunit starts test collections in a random order, a few at a time. A collection whose tests must run one after
/// another for a minute or more, if started last, runs on alone after everything else has finished (the deploy
/// tests started at 238 s of a 380 s run). This orderer starts the collections marked <see cref="StartFirstAttribute"/>
/// first and leaves the others in xunit's own order.
/// </summary>
public sealed class StartFirstOrderer : ITestCollectionOrderer
{
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection =>
        [.. DefaultTestCollectionOrderer.Instance.OrderTestCollections(testCollections)
            .OrderByDescending(c => c is IXunitTestCollection { CollectionDefinition: { } definition } && definition.IsDefined(typeof(StartFirstAttribute), inherit: false))];
}
