namespace Socrates.IntegrationTests.Slices.Gemeenteregels;

/// <summary>The tests that record versions of Den Haag's rules run one after another (each raises Den Haag's version).</summary>
[CollectionDefinition(Naam)]
public sealed class DenHaagsRegels
{
    public const string Naam = "Den Haags regels";
}
