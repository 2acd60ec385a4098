using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase.Matrix;

/// <summary>
/// The matrix test's own database: two municipalities with records in every state, one computed proefrun each. Like the
/// hostile test's app it starts with the overgangsmaand next month (docs/betalingen.md).
/// </summary>
public sealed class MatrixApp : SqliteApp
{
    protected override DateOnly? Overgangsmaand => VolgendeMaand;
}
