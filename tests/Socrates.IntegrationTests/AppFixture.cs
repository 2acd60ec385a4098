using Socrates.IntegrationTests;
using Socrates.Testing;

[assembly: AssemblyFixture(typeof(AppFixture))]

namespace Socrates.IntegrationTests;

/// <summary>One app for the whole assembly, on a temporary SQLite file. Tests create their own data, so they run in parallel.</summary>
public sealed class AppFixture : SqliteApp;
