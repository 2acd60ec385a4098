using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Toekenningen;
using Socrates.Infrastructure.Persistence;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// Active toekenningen in bulk, straight into the database (no commands: thousands must be quick): a person, an
/// aanvraag with its woonsituatie, and a toekenning calculated with the default rules, active at once.
/// </summary>
internal static class ToekenningZaaier
{
    public static async Task<IReadOnlyList<int>> ZaaiAsync(
        this SocratesApp app, Lid lid, IReadOnlyList<(DateOnly Geboren, Woonsituatie Situatie)> huishoudens, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocratesDbContext>();
        var vandaag = app.Klok.Vandaag();
        var bsn = Bsnreeks();
        var adres = new Adres("Neude", 11, null, Postcode.Parse("3512 AE"), "Utrecht");
        var personen = huishoudens.Select(h => Persoon.Registreer(lid.Code, bsn.Next(), "Test", null, "Zaaier", h.Geboren, adres, null)).ToList();
        db.Personen.AddRange(personen);
        await db.SaveChangesAsync(ct);

        var aanvragen = personen.Zip(huishoudens, (p, h) =>
        {
            var aanvraag = Aanvraag.Melden(lid.Code, p.Id, p.Geboortedatum, vandaag.AddDays(-30), vandaag);
            aanvraag.WoonsituatieVastleggen(h.Situatie, h.Situatie == Woonsituatie.Huur ? Bedrag.Euro(650) : Bedrag.Nul);
            return aanvraag;
        }).ToList();
        db.Aanvragen.AddRange(aanvragen);
        await db.SaveChangesAsync(ct);

        var regels = GemeenteInstellingen.Standaard(lid, vandaag);
        var peildatum = Maand.Van(vandaag).Eerste;
        var toekenningen = aanvragen.Zip(personen, (a, p) =>
        {
            var (huishouden, _) = Huishoudensnapshot.Van(a, p.Geboortedatum, null, peildatum);
            var berekening = Rekenkern.Bereken(huishouden, peildatum, regels, LandelijkeBedragen.Startset);
            return Toekenning.Voorstellen(lid.Code, a.Id, p.Id, peildatum, peildatum, berekening, "zaaier", vierOgen: false, vandaag);
        }).ToList();
        db.Toekenningen.AddRange(toekenningen);
        await db.SaveChangesAsync(ct);
        return [.. toekenningen.Select(t => t.Id)];
    }

    /// <summary>Distinct BSNs that pass the elfproef, from a random start, so repeated calls do not collide.</summary>
    private static IEnumerator<Bsn> Bsnreeks()
    {
        for (var n = RandomNumberGenerator.GetInt32(10_000_000, 90_000_000); ; n++)
        {
            var cijfers = n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            var som = 0;
            for (var i = 0; i < 8; i++)
            {
                som += (9 - i) * (cijfers[i] - '0');
            }

            if (som % 11 <= 9)
            {
                yield return Bsn.Parse(cijfers + (som % 11).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static Bsn Next(this IEnumerator<Bsn> reeks)
    {
        reeks.MoveNext();
        return reeks.Current;
    }
}
