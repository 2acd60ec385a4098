namespace Socrates.Web.Pages.Account;

public sealed class InloggenInvoer
{
    public string? Email { get; set; }

    public string? Wachtwoord { get; set; }
}
