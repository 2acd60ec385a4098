using System.Security.Claims;
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
/// Signs out on the server too: the account's security stamp is renewed, so this cookie, any copy of it and every other
/// open session of the user are refused from their next request on.
/// </summary>
public sealed class UitloggenModel(SignInManager<Gebruiker> aanmelding, UserManager<Gebruiker> gebruikers, AuditSchrijver audit, ISocratesDb db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var id = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is not null && await gebruikers.FindByIdAsync(id) is { } gebruiker)
        {
            await gebruikers.UpdateSecurityStampAsync(gebruiker);
        }

        audit.Schrijf("Uitloggen", "Gebruiker", id, AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await aanmelding.SignOutAsync();
        TempData.ZetMelding("U bent uitgelogd, ook op andere apparaten waar u nog was ingelogd.");
        return RedirectToPage("/Account/Inloggen");
    }
}
