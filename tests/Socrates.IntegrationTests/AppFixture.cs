using Socrates.IntegrationTests;
using Socrates.Testing;

[assembly: AssemblyFixture(typeof(AppFixture))]

namespace Socrates.IntegrationTests;

/// <summary>
/// One app for the whole assembly, on a temporary SQLite file. Tests create their own data, so they run in parallel. Its
/// members came over to Socrates next month: claims and herberekeningen on toekenningen no run paid are outside the ledger.
/// </summary>
public sealed class AppFixture : SqliteApp
{
    protected override DateOnly? Overgangsmaand => VolgendeMaand;
}
