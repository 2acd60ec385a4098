using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Gemeenschappelijk;

/// <summary>What a besluit tot terugvordering copies in: the letterhead of the rules in force and the debtor's name and address.</summary>
public static class Besluitgegevens
{
    public static Briefhoofd Briefhoofd(GemeenteInstellingen regels)
    {
        ArgumentNullException.ThrowIfNull(regels);
        return new Briefhoofd(regels.BriefNaam, regels.BriefBezoekadres, regels.BriefPostadres, regels.BriefTelefoon, regels.BriefWebsite,
            regels.OndertekenaarNaam, regels.OndertekenaarFunctie);
    }

    public static async Task<Geadresseerde> GeadresseerdeAsync(this ISocratesDb db, int debiteurId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var persoon = await db.Personen.AsNoTracking().SingleOrDefaultAsync(p => p.Id == debiteurId, cancellationToken)
            ?? throw new NietGevondenException();
        return Geadresseerde(persoon);
    }

    /// <summary>Name, salutation ("Geachte heer/mevrouw De Jong,") and address of a letter to <paramref name="persoon"/>.</summary>
    public static Geadresseerde Geadresseerde(Persoon persoon)
    {
        ArgumentNullException.ThrowIfNull(persoon);
        var achternaam = Persoon.Volledig("", persoon.Voorvoegsel, persoon.Achternaam);
        var aanhef = achternaam.Length == 0 ? achternaam : char.ToUpper(achternaam[0], System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) + achternaam[1..];
        return new Geadresseerde(persoon.Naam, $"Geachte heer/mevrouw {aanhef},", persoon.Adres.Regel1, persoon.Adres.Regel2);
    }

    /// <summary>The municipality's account printed on the letter for the debtor to pay to (configuration <c>Betaalrekeningen</c>).</summary>
    public static Iban? Ontvangstrekening(this IBetaalrekeningen rekeningen, GemeenteCode gemeente)
    {
        ArgumentNullException.ThrowIfNull(rekeningen);
        return rekeningen.Van(gemeente) is { } rekening ? Iban.Parse(rekening.Iban) : null;
    }

    /// <summary>Decides the claim without a team lead when the four-eyes settings allow it; saves first, as the kenmerk needs its id.</summary>
    public static async Task VaststellenZonderVierOgenAsync(
        this ISocratesDb db, Terugvordering vordering, GemeenteInstellingen regels, IBetaalrekeningen rekeningen, DateOnly vandaag, DateTime nu,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(vordering);
        await db.SaveChangesAsync(cancellationToken);
        if (!vordering.VierOgen)
        {
            vordering.Vaststellen(Briefhoofd(regels), await db.GeadresseerdeAsync(vordering.DebiteurId, cancellationToken),
                rekeningen.Ontvangstrekening(vordering.Gemeente), vandaag, nu);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
