using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Infrastructure.Identity;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Account;

public sealed class UitloggenModel(SignInManager<Gebruiker> aanmelding, AuditSchrijver audit, ISocratesDb db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        audit.Schrijf("Uitloggen", "Gebruiker", User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await aanmelding.SignOutAsync();
        TempData.ZetMelding("U bent uitgelogd.");
        return RedirectToPage("/Account/Inloggen");
    }
}
