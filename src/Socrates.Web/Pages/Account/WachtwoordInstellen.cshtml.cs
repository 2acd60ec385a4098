using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Audit;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Web.Pages.Account;

/// <summary>
/// Sets a password with the one-time link a Beheerder made (there is no mail server). Anyone with the link may use
/// it once; a used, expired or replaced link is refused. The change is audited in the user's municipality.
/// </summary>
public sealed class WachtwoordInstellenModel(IGebruikers gebruikers, AuditSchrijver audit, ISocratesDb db) : PageModel
{
    [BindProperty]
    public WachtwoordInvoer Input { get; set; } = new();

    public bool Gelukt { get; private set; }

    public IActionResult OnGet(string? gebruiker, string? token)
    {
        if (string.IsNullOrEmpty(gebruiker) || string.IsNullOrEmpty(token))
        {
            return NotFound();
        }

        Input = new WachtwoordInvoer { Gebruiker = gebruiker, Token = token };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Input.Wachtwoord))
        {
            ModelState.AddModelError("Input.Wachtwoord", "Vul een nieuw wachtwoord in.");
        }
        else if (!string.Equals(Input.Wachtwoord, Input.Herhaling, StringComparison.Ordinal))
        {
            ModelState.AddModelError("Input.Herhaling", "De twee wachtwoorden zijn niet gelijk.");
        }

        if (string.IsNullOrEmpty(Input.Gebruiker) || string.IsNullOrEmpty(Input.Token))
        {
            ModelState.AddModelError("", "Deze link is niet compleet. Gebruik de hele link die uw beheerder u gaf.");
        }

        if (!ModelState.IsValid)
        {
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        try
        {
            // One transaction: the new password and its audit line commit together (again, whole, after a transient failure,
            // unless the audit line shows that the commit went through: then the link is used and the password set).
            AuditRegel? geslaagd = null;
            await db.HerhaalbaarAsync(
                async ct =>
                {
                    geslaagd = null;
                    await using var transactie = await db.BeginTransactionAsync(ct);
                    var gemeente = await gebruikers.WachtwoordHerstellenAsync(Input.Gebruiker!, Input.Token!, Input.Wachtwoord!, ct);
                    var regel = audit.Schrijf(gemeente, Input.Gebruiker!, "WachtwoordInstellen", "Gebruiker", Input.Gebruiker, AuditUitkomst.Geslaagd);
                    regel.PogingVastleggen(Guid.NewGuid());
                    await db.SaveChangesAsync(ct);
                    geslaagd = regel;
                    await transactie.CommitAsync(ct);
                    return true;
                },
                async ct => (geslaagd is { } regel && await audit.VastgelegdAsync(regel, ct), true),
                HttpContext.RequestAborted);
        }
        catch (DomeinregelException fout)
        {
            ModelState.AddModelError("", fout.Message);
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        Gelukt = true;
        return Page();
    }
}
