using Socrates.IntegrationTests.EigenDatabase.Matrix;
using Socrates.IntegrationTests.EigenDatabase.Vijandig;

namespace Socrates.BrowserTests;

/// <summary>
/// An app of its own for the walk past every page (<see cref="OveralWandeling"/>): its records in every state (a proefrun
/// included) cannot disturb the shared app's tests, and theirs do not change what it sees. The records and the
/// <see cref="Looproute"/> are made once, by the first part that asks.
/// </summary>
public sealed class OveralApp : KestrelApp
{
    private readonly Lazy<Task<Looproute>> _route;

    public OveralApp() =>
        _route = new(async () => Looproute.Teken(Paginahandlers.Lees(Services), await Testdossiers.MaakAsync(this, metBetaalrun: true)));

    public Task<Looproute> RouteAsync() => _route.Value;
}
