namespace Socrates.Infrastructure.Identity;

/// <summary>Claims Socrates adds to the sign-in cookie.</summary>
public static class SocratesClaims
{
    public const string Gemeente = "socrates:gemeente";
    public const string Naam = "socrates:naam";
}
