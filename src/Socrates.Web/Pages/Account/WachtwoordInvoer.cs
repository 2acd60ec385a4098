namespace Socrates.Web.Pages.Account;

public sealed class WachtwoordInvoer
{
    public string? Gebruiker { get; set; }

    public string? Token { get; set; }

    public string? Wachtwoord { get; set; }

    public string? Herhaling { get; set; }
}
