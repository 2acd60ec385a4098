namespace Socrates.BrowserTests;

// The walk past every page in four parts (Looproute.Delen), one class each so they run in parallel.

public sealed class OveralDeel1Tests(OveralApp app, BrowserFixture browser) : OveralWandeling(app, browser, 1)
{
    [Fact]
    public Task Deel1_EveryPage_IsAxeClean_AndDoesNotScrollSidewaysAt390px() => LoopAsync();
}

public sealed class OveralDeel2Tests(OveralApp app, BrowserFixture browser) : OveralWandeling(app, browser, 2)
{
    [Fact]
    public Task Deel2_EveryPage_IsAxeClean_AndDoesNotScrollSidewaysAt390px() => LoopAsync();
}

public sealed class OveralDeel3Tests(OveralApp app, BrowserFixture browser) : OveralWandeling(app, browser, 3)
{
    [Fact]
    public Task Deel3_EveryPage_IsAxeClean_AndDoesNotScrollSidewaysAt390px() => LoopAsync();
}

public sealed class OveralDeel4Tests(OveralApp app, BrowserFixture browser) : OveralWandeling(app, browser, 4)
{
    [Fact]
    public Task Deel4_EveryPage_IsAxeClean_AndDoesNotScrollSidewaysAt390px() => LoopAsync();
}

/// <summary>The walk covers every GET page of the route table: a page no one may open, or without an address, is a finding.</summary>
public sealed class OveralDekkingTests(OveralApp app)
{
    [Fact]
    public async Task TheRoute_OpensEveryPageOfTheRouteTable()
    {
        var route = await app.RouteAsync();
        Assert.True(route.Aantal > 100, $"De looproute heeft maar {route.Aantal} adressen.");
        Assert.True(route.NietBezocht.Count == 0, string.Join(Environment.NewLine, route.NietBezocht.Select(p => $"{p}: door niemand geopend")));
    }
}
