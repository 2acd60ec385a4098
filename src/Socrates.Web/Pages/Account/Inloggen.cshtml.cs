using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Infrastructure.Identity;

namespace Socrates.Web.Pages.Account;

/// <summary>
/// Sign-in with e-mail address and password. Five wrong passwords lock the account for fifteen minutes; every
/// attempt on an existing account is written to that municipality's audit trail.
/// </summary>
public sealed class InloggenModel(
    SignInManager<Gebruiker> aanmelding, UserManager<Gebruiker> gebruikers, AuditSchrijver audit, ISocratesDb db,
    IWebHostEnvironment omgeving) : PageModel
{
    public const string Onjuist = "Het e-mailadres of het wachtwoord is onjuist.";
    public const string Geblokkeerd =
        "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.";

    public const string DoorBeheerderGeblokkeerd = "Uw account is geblokkeerd door de beheerder van uw gemeente.";

    // A hash to verify against when the address is unknown, so an unknown address takes as long as a wrong password.
    private static readonly Lazy<string> Lokaas = new(() => new PasswordHasher<Gebruiker>().HashPassword(new Gebruiker(), Guid.NewGuid().ToString()));

    [BindProperty]
    public InloggenInvoer Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool ToonDemoUitleg => omgeving.IsDevelopment();

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(VeiligTerug()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", "Vul uw e-mailadres in.");
        }

        if (string.IsNullOrEmpty(Input.Wachtwoord))
        {
            ModelState.AddModelError("Input.Wachtwoord", "Vul uw wachtwoord in.");
        }

        if (!ModelState.IsValid)
        {
            return Geweigerd(null);
        }

        var gebruiker = await gebruikers.FindByEmailAsync(Input.Email!.Trim());
        if (gebruiker is null)
        {
            gebruikers.PasswordHasher.VerifyHashedPassword(new Gebruiker(), Lokaas.Value, Input.Wachtwoord!);
            return Geweigerd(Onjuist);
        }

        var resultaat = await aanmelding.PasswordSignInAsync(gebruiker, Input.Wachtwoord!, isPersistent: false, lockoutOnFailure: true);
        audit.Schrijf(gebruiker.Gemeente, gebruiker.Id, "Inloggen", "Gebruiker", gebruiker.Id,
            resultaat.Succeeded ? AuditUitkomst.Geslaagd : AuditUitkomst.Geweigerd);
        await db.SaveChangesAsync(HttpContext.RequestAborted);

        if (resultaat.Succeeded)
        {
            return LocalRedirect(VeiligTerug());
        }

        if (resultaat.IsLockedOut && gebruiker.LockoutEnd?.Year == DateTimeOffset.MaxValue.Year)
        {
            return Geweigerd(DoorBeheerderGeblokkeerd);
        }

        return Geweigerd(resultaat.IsLockedOut || resultaat.IsNotAllowed ? Geblokkeerd : Onjuist);
    }

    private PageResult Geweigerd(string? melding)
    {
        if (melding is not null)
        {
            ModelState.AddModelError("", melding);
        }

        Input.Wachtwoord = null;
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    private string VeiligTerug() => ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
