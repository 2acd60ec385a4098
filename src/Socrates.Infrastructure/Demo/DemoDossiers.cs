using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.Aanvragen;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Beschikkingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Toekenningen;
using Socrates.Infrastructure.Identity;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Demo;

/// <summary>
/// Development only: about 25 aanvragen per member in every status, with realistic households, so a newcomer sees a
/// living werkvoorraad at once. Deterministic per member; dates are relative to today. A decided (Besloten) aanvraag was decided
/// four weeks after its receipt (<see cref="BesluitNaDagen"/>, within the eight weeks of Awb 4:13), so its besluit can be
/// contested on time or late (<see cref="DemoBezwaren"/>). Runs once per member.
/// </summary>
public static class DemoDossiers
{
    public const int PerGemeente = 25;

    /// <summary>Days from receipt to the besluit of a decided demo aanvraag (it was received 60 days ago or earlier).</summary>
    public const int BesluitNaDagen = 28;

    private static readonly AanvraagStatus[] Plan =
    [
        .. Enumerable.Repeat(AanvraagStatus.Gemeld, 4), .. Enumerable.Repeat(AanvraagStatus.Ingediend, 6),
        .. Enumerable.Repeat(AanvraagStatus.InBehandeling, 7), .. Enumerable.Repeat(AanvraagStatus.BesluitVoorgesteld, 2),
        .. Enumerable.Repeat(AanvraagStatus.Besloten, 4), .. Enumerable.Repeat(AanvraagStatus.Ingetrokken, 2),
    ];

    /// <summary>Creates the demo dossiers of every member that has none yet; returns how many were created.</summary>
    public static async Task<int> AanmakenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocratesDbContext>();
        var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var vandaag = scope.ServiceProvider.GetRequiredService<TimeProvider>().Vandaag();
        var landelijk = await scope.ServiceProvider.GetRequiredService<ILandelijkeNormen>().OphalenAsync(cancellationToken);
        var aantal = 0;
        foreach (var lid in Leden.Alle)
        {
            if (await db.Aanvragen.IgnoreQueryFilters().AnyAsync(a => a.Gemeente == lid.Code, cancellationToken))
            {
                continue;
            }

            var consulent = (await gebruikers.FindByEmailAsync(DemoGebruikers.Email(lid, Rol.Consulent)))?.Id ?? "demo";
            var teamleider = (await gebruikers.FindByEmailAsync(DemoGebruikers.Email(lid, Rol.Teamleider)))?.Id ?? "demo-teamleider";
            var maker = new Maker(db, lid, landelijk, new Random(int.Parse(lid.Code.Waarde[2..], System.Globalization.CultureInfo.InvariantCulture)), vandaag, consulent, teamleider);
            for (var i = 0; i < PerGemeente; i++)
            {
                await maker.AanvraagAsync(i, Plan[i], cancellationToken);
                aantal++;
            }
        }

        return aantal;
    }

    private sealed class Maker(SocratesDbContext db, Lid lid, LandelijkeNormen landelijk, Random random, DateOnly vandaag, string consulent, string teamleider)
    {
        private Persoon? partner;                                 // of the dossier being made

        public async Task AanvraagAsync(int i, AanvraagStatus status, CancellationToken cancellationToken)
        {
            var soort = i % 5;                                    // 0 alleen, 1 paar, 2 alleenstaande ouder, 3 met medebewoners, 4 gezin
            var jong = i % 7 == 6 && soort != 3;
            var aanvrager = await PersoonAsync(jong ? random.Next(21, 27) : soort == 3 ? random.Next(52, 66) : random.Next(28, 66), cancellationToken);
            // A granted dossier began months ago, so the demo's betaalruns (DemoBetalingen) give it a history of payments.
            var ontvangst = vandaag.AddDays(-(status switch
            {
                AanvraagStatus.Besloten => random.Next(60, 240),
                AanvraagStatus.BesluitVoorgesteld => random.Next(25, 50),
                _ => random.Next(2, 64),
            }));
            var melding = ontvangst.AddDays(-(jong ? 30 : random.Next(0, 8)));
            var aanvraag = Aanvraag.Melden(lid.Code, aanvrager.Id, aanvrager.Geboortedatum, status == AanvraagStatus.Gemeld ? vandaag.AddDays(-random.Next(0, 10)) : melding, vandaag);
            db.Aanvragen.Add(aanvraag);
            DateOnly? partnerGeboren = null;
            partner = null;
            if (soort is 1 or 4)
            {
                partner = await PersoonAsync(Math.Max(21, aanvrager.LeeftijdOp(vandaag) + random.Next(-4, 5)), cancellationToken, aanvrager.Adres);
                aanvraag.PartnerVastleggen(partner, random.Next(2) == 0 ? PartnerRelatie.Gehuwd : PartnerRelatie.Samenwonend, aanvrager.Geboortedatum);
                partnerGeboren = partner.Geboortedatum;
            }

            Huishouden(aanvraag, soort);
            await db.SaveChangesAsync(cancellationToken);
            Audit(aanvraag, "MeldingRegistreren", aanvraag.Meldingsdatum);
            if (status == AanvraagStatus.Gemeld)
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            aanvraag.Indienen(ontvangst, aanvrager.Geboortedatum, null, null, null, vandaag);
            Audit(aanvraag, "AanvraagIndienen", ontvangst);
            if ((status == AanvraagStatus.Besloten || (status == AanvraagStatus.BesluitVoorgesteld && i % 2 == 0))
                && await ToekennenAsync(aanvraag, status, ontvangst, aanvrager, partnerGeboren, cancellationToken))
            {
                return;
            }

            Verder(aanvraag, status, ontvangst, aanvrager);
            await db.SaveChangesAsync(cancellationToken);
        }

        /// <summary>A toekenning through the rekenkern, proposed and (for Besloten) approved with its beschikking; false without a right.</summary>
        private async Task<bool> ToekennenAsync(
            Aanvraag aanvraag, AanvraagStatus status, DateOnly ontvangst, Persoon aanvrager, DateOnly? partnerGeboren, CancellationToken cancellationToken)
        {
            var regels = GemeenteInstellingen.Standaard(lid, vandaag);
            var besluitdag = status == AanvraagStatus.Besloten ? ontvangst.AddDays(BesluitNaDagen) : vandaag;
            var vroegst = Ingangsdatum.Vroegst(aanvraag.Meldingsdatum, ontvangst, aanvrager.Geboortedatum, partnerGeboren, null, regels.IngangsdatumJongeren);
            var peildatum = Maand.Van(vroegst).Eerste;
            var (huishouden, _) = Huishoudensnapshot.Van(aanvraag, aanvrager.Geboortedatum, partnerGeboren, peildatum);
            var berekening = Rekenkern.Bereken(huishouden, peildatum, regels, landelijk);
            if (!berekening.Recht)
            {
                return false;
            }

            aanvraag.InBehandelingNemen(consulent);
            Audit(aanvraag, "AanvraagInBehandelingNemen", ontvangst.AddDays(1), consulent);
            aanvraag.ToekenningVoorstellen(vroegst, vroegst, consulent, vierOgen: true, besluitdag);
            Audit(aanvraag, "BesluitVoorstellen", besluitdag, consulent);
            var toekenning = Toekenning.Voorstellen(lid.Code, aanvraag.Id, aanvrager.Id, vroegst, peildatum, berekening, consulent, vierOgen: true, besluitdag);
            db.Toekenningen.Add(toekenning);
            if (status == AanvraagStatus.Besloten)
            {
                aanvraag.BesluitGoedkeuren(teamleider, besluitdag);
                toekenning.Activeren(besluitdag);
                Audit(aanvraag, "BesluitBeoordelen", besluitdag, teamleider);
            }

            await db.SaveChangesAsync(cancellationToken);
            if (status == AanvraagStatus.Besloten)
            {
                db.Beschikkingen.Add(Beschikking.Opmaken(
                    aanvraag, toekenning.Id, toekenning.Bijstand, toekenning.Vakantietoeslag, toekenning.TeBetalen, regels.VakantietoeslagUitbetaalmaand,
                    Ontvangers(aanvraag, aanvrager), aanvrager.Adres.Regel1, aanvrager.Adres.Regel2, lid.Briefhoofd, besluitdag));
                await db.SaveChangesAsync(cancellationToken);
            }

            return true;
        }

        private void Verder(Aanvraag aanvraag, AanvraagStatus status, DateOnly ontvangst, Persoon aanvrager)
        {
            if (status == AanvraagStatus.Ingediend)
            {
                return;
            }

            if (status == AanvraagStatus.Ingetrokken)
            {
                aanvraag.Intrekken(vandaag);
                Audit(aanvraag, "AanvraagIntrekken", vandaag);
                return;
            }

            aanvraag.InBehandelingNemen(consulent);
            Audit(aanvraag, "AanvraagInBehandelingNemen", ontvangst.AddDays(1), consulent);
            var gevraagd = ontvangst.AddDays(1) > vandaag ? vandaag : ontvangst.AddDays(1);
            aanvraag.BewijsstukVragen("Bankafschriften van de laatste drie maanden", gevraagd, vandaag);
            aanvraag.BewijsstukVragen("Huurcontract of hypotheekakte", gevraagd, vandaag);
            if (status == AanvraagStatus.InBehandeling && random.Next(3) > 0)
            {
                aanvraag.BewijsstukOntvangen(0, gevraagd, vandaag);        // not saved yet: id 0 is the first document
            }

            if (status is AanvraagStatus.BesluitVoorgesteld or AanvraagStatus.Besloten && ontvangst.AddDays(20) < vandaag)
            {
                var besluitdag = status == AanvraagStatus.Besloten ? ontvangst.AddDays(BesluitNaDagen) : vandaag;
                aanvraag.HersteltermijnInstellen(ontvangst.AddDays(3), ontvangst.AddDays(17), vandaag);
                aanvraag.BuitenBehandelingStellen(consulent, vierOgen: true, besluitdag);
                Audit(aanvraag, "BuitenBehandelingStellen", besluitdag, consulent);
                if (status == AanvraagStatus.Besloten)
                {
                    aanvraag.BesluitGoedkeuren(teamleider, besluitdag);
                    Audit(aanvraag, "BesluitBeoordelen", besluitdag, teamleider);
                    db.Beschikkingen.Add(Beschikking.Opmaken(
                        aanvraag, null, Bedrag.Nul, Bedrag.Nul, Bedrag.Nul, 6, Ontvangers(aanvraag, aanvrager), aanvrager.Adres.Regel1, aanvrager.Adres.Regel2,
                        lid.Briefhoofd, besluitdag));
                }
            }
        }

        private List<Briefontvanger> Ontvangers(Aanvraag aanvraag, Persoon aanvrager) =>
            partner is not null && aanvraag.PartnerId == partner.Id ? [Briefontvanger.Van(aanvrager), Briefontvanger.Van(partner)] : [Briefontvanger.Van(aanvrager)];

        private void Huishouden(Aanvraag aanvraag, int soort)
        {
            if (soort is 2 or 4)
            {
                for (var k = 0; k < random.Next(1, 4); k++)
                {
                    aanvraag.KindToevoegen(DemoNamen.Kindernamen[random.Next(DemoNamen.Kindernamen.Length)], vandaag.AddDays(-(200 + (k * 1500) + random.Next(0, 1200))), vandaag);
                }
            }

            if (soort == 3)
            {
                aanvraag.MedebewonerToevoegen("Zoon " + DemoNamen.Voornamen[random.Next(DemoNamen.Voornamen.Length)], vandaag.AddYears(-random.Next(27, 34)), true, false, false, false, vandaag);
                aanvraag.MedebewonerToevoegen("Nicht (studente)", vandaag.AddYears(-random.Next(18, 25)), true, true, false, false, vandaag);
                aanvraag.WoonsituatieVastleggen(Woonsituatie.Huur, Bedrag.Euro(random.Next(700, 1200)));
            }
            else
            {
                var situatie = random.Next(10) switch { 0 => Woonsituatie.Inwonend, 1 => Woonsituatie.EigenWoning, _ => Woonsituatie.Huur };
                aanvraag.WoonsituatieVastleggen(situatie, situatie == Woonsituatie.Inwonend ? Bedrag.Nul : Bedrag.Euro(random.Next(550, 1100)));
            }

            if (random.Next(3) == 0)
            {
                aanvraag.InkomenToevoegen(Gezinslid.Aanvrager, Inkomstensoort.Arbeid, Bedrag.Euro(random.Next(250, 900)), vandaag.AddMonths(-random.Next(1, 12)), null);
            }

            aanvraag.BezittingToevoegen(Bezittingsoort.Betaalrekening, "Betaalrekening", Bedrag.Euro(random.Next(20, 2500) + (random.Next(100) / 100m)));
            if (random.Next(4) == 0)
            {
                aanvraag.BezittingToevoegen(Bezittingsoort.Voertuig, "Auto (Opel Corsa, 2012)", Bedrag.Euro(random.Next(800, 3500)));
            }
        }

        private async Task<Persoon> PersoonAsync(int leeftijd, CancellationToken cancellationToken, Adres? adres = null)
        {
            var (voorvoegsel, achternaam) = DemoNamen.Achternamen[random.Next(DemoNamen.Achternamen.Length)];
            var (straten, postcodeVan, woonplaats) = DemoNamen.Wijk(lid);
            adres ??= new Adres(
                straten[random.Next(straten.Length)], random.Next(1, 250), random.Next(5) == 0 ? "A" : null,
                Postcode.Parse($"{postcodeVan + random.Next(0, 90)} {(char)('A' + random.Next(0, 17))}{(char)('B' + random.Next(0, 20))}"), woonplaats);
            var persoon = Persoon.Registreer(
                lid.Code, Bsn.Parse(DemoNummers.Bsn(random)), DemoNamen.Voornamen[random.Next(DemoNamen.Voornamen.Length)], voorvoegsel, achternaam,
                vandaag.AddYears(-leeftijd).AddDays(-random.Next(1, 360)), adres, random.Next(8) == 0 ? null : Iban.Parse(DemoNummers.Iban(random)));
            db.Personen.Add(persoon);
            await db.SaveChangesAsync(cancellationToken);
            return persoon;
        }

        private void Audit(Aanvraag aanvraag, string actie, DateOnly op, string? door = null) =>
            db.AuditRegels.Add(new AuditRegel(
                op.ToDateTime(new TimeOnly(9, random.Next(0, 60)), DateTimeKind.Utc), lid.Code, door, actie, "Aanvraag",
                aanvraag.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditUitkomst.Geslaagd));
    }
}
