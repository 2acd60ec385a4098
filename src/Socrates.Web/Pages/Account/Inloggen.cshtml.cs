using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Infrastructure.Identity;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Account;

/// <summary>
/// Sign-in with e-mail address and password. Five wrong passwords lock the account for fifteen minutes; every
/// attempt on an existing account is written to that municipality's audit trail. Every refusal (an unknown address, a
/// wrong password, a locked or blocked account) gets the same message and costs one password hash verification, so
/// neither the answer nor its duration tells whether an account exists or is locked.
/// </summary>
public sealed class InloggenModel(
    SignInManager<Gebruiker> aanmelding, UserManager<Gebruiker> gebruikers, AuditSchrijver audit, ISocratesDb db,
    IWebHostEnvironment omgeving) : PageModel
{
    public const string Onjuist =
        "Het e-mailadres of het wachtwoord is onjuist, of het account is geblokkeerd. Na vijf mislukte pogingen is een account " +
        "15 minuten geblokkeerd; lukt het daarna niet, neem dan contact op met de beheerder van uw gemeente.";

    // A hash to verify against when the address is unknown or the account locked, so that takes as long as a wrong password.
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
        if (gebruiker is null || await gebruikers.IsLockedOutAsync(gebruiker))
        {
            // Identity refuses a locked account before it looks at the password: verify against the decoy instead.
            gebruikers.PasswordHasher.VerifyHashedPassword(new Gebruiker(), Lokaas.Value, Input.Wachtwoord!);
            if (gebruiker is not null)
            {
                await AuditAsync(gebruiker, AuditUitkomst.Geweigerd);
            }

            return Geweigerd(Onjuist);
        }

        var resultaat = await aanmelding.PasswordSignInAsync(gebruiker, Input.Wachtwoord!, isPersistent: false, lockoutOnFailure: true);
        await AuditAsync(gebruiker, resultaat.Succeeded ? AuditUitkomst.Geslaagd : AuditUitkomst.Geweigerd);
        if (!resultaat.Succeeded)
        {
            return Geweigerd(Onjuist);
        }

        // A Normbeheerder belongs to no municipality: his work is the national figures, not the start page.
        return LocalRedirect(gebruiker.Gemeente is null && !TerugGevraagd ? Paginas.Normen.Index : VeiligTerug());
    }

    private async Task AuditAsync(Gebruiker gebruiker, AuditUitkomst uitkomst)
    {
        audit.Schrijf(gebruiker.Gemeente, gebruiker.Id, "Inloggen", "Gebruiker", gebruiker.Id, uitkomst);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
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

    private bool TerugGevraagd => ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/";

    private string VeiligTerug() => ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
