using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase.Vijandig;

/// <summary>
/// The hostile test's own database. Like the shared app it starts with the overgangsmaand next month, so that its claims
/// on months no betaalrun paid are months paid before Socrates (docs/betalingen.md), not refused by the ledger.
/// </summary>
public sealed class VijandigeApp : SqliteApp
{
    protected override DateOnly? Overgangsmaand => VolgendeMaand;
}
