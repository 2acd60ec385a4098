using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// An app on a database of its own, for tests that change what the shared app's tests rely on: a municipality's
/// rules in force today, its last Beheerder, or the exact set of its active toekenningen. One per test class.
/// </summary>
public sealed class EigenApp : SqliteApp;
