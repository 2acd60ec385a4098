using System.Data.Common;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;
using Socrates.Domain.Rekenkern;

namespace Socrates.Bench.Synthetisch;

/// <summary>Writes one household's rows: persons, the decided aanvraag with its household, the toekenning and its calculation lines.</summary>
internal sealed class HuishoudenSchrijver : IDisposable
{
    private readonly string _gemeente;
    private readonly RijInvoeger _personen;
    private readonly RijInvoeger _aanvragen;
    private readonly RijInvoeger _kinderen;
    private readonly RijInvoeger _medebewoners;
    private readonly RijInvoeger _inkomsten;
    private readonly RijInvoeger _bezittingen;
    private readonly RijInvoeger _toekenningen;
    private readonly RijInvoeger _regels;
    private readonly RijInvoeger _opgaven;

    public HuishoudenSchrijver(DbConnection verbinding, DbTransaction transactie, string gemeente)
    {
        _gemeente = gemeente;
        _personen = new(verbinding, transactie, "Personen", "Id", "Gemeente", "Bsn", "Voornamen", "Voorvoegsel", "Achternaam", "Zoeknaam", "Geboortedatum",
            "Straat", "Huisnummer", "Toevoeging", "Postcode", "Woonplaats", "Iban", "Versie");
        _aanvragen = new(verbinding, transactie, "Aanvragen", "Id", "AanvragerId", "Gemeente", "Meldingsdatum", "Ontvangstdatum", "Status", "Besluit",
            "BesluitDatum", "BesluitVoorgesteldDoor", "Ingangsdatum", "PartnerId", "PartnerRelatie", "Schulden", "Soort", "Versie", "Woonkosten", "Woonsituatie");
        _kinderen = new(verbinding, transactie, "AanvraagKinderen", "Voornaam", "Geboortedatum", "AanvraagId");
        _medebewoners = new(verbinding, transactie, "AanvraagMedebewoners", "Naam", "Geboortedatum", "FamilieTotTweedeGraad", "Student",
            "CommercieleOvereenkomst", "AanvraagId");
        _inkomsten = new(verbinding, transactie, "AanvraagInkomsten", "Van", "Soort", "NettoPerMaand", "Vanaf", "Tot", "AanvraagId");
        _bezittingen = new(verbinding, transactie, "AanvraagBezittingen", "Soort", "Omschrijving", "Waarde", "AanvraagId");
        _toekenningen = new(verbinding, transactie, "Toekenningen", "Id", "Gemeente", "AanvraagId", "AanvragerId", "Ingangsdatum", "Peildatum", "Status",
            "Kostendelers", "Norm", "InkomenInAanmerking", "Bijstand", "Vakantietoeslag", "TeBetalen", "VoorgesteldDoor", "VoorgesteldOp", "BeslotenOp", "Versie");
        _regels = new(verbinding, transactie, "ToekenningRegels", "Volgorde", "Omschrijving", "Artikel", "Bedrag", "ToekenningId");
        _opgaven = new(verbinding, transactie, "Inkomstenopgaven", "Gemeente", "ToekenningId", "AanvragerId", "Maand", "Van", "Werkgever", "PeriodeVan",
            "PeriodeTot", "NettoLoon", "BrutoLoon", "Vakantiegeld", "Uren", "Documentreferentie", "GeregistreerdDoor", "GeregistreerdOp", "VervangtId",
            "Vervangen", "VerwerktInBetaalrunId", "Versie");
    }

    public void Huishouden(SynthetischHuishouden h, int aanvragerId, int? partnerId, int aanvraagId, int toekenningId, Berekening berekening, DateOnly vandaag)
    {
        Persoon(aanvragerId, h.Aanvrager);
        if (h.Partner is { } partner)
        {
            Persoon(partnerId!.Value, partner);
        }

        var besloten = h.Ingangsdatum.AddDays(14) > vandaag ? vandaag : h.Ingangsdatum.AddDays(14);
        _aanvragen.Voeg(aanvraagId, aanvragerId, _gemeente, h.Ingangsdatum.AddDays(-3), h.Ingangsdatum, nameof(AanvraagStatus.Besloten),
            nameof(Besluitsoort.Toegekend), besloten, SynthetischeGegevens.Door, h.Ingangsdatum, partnerId, h.Relatie?.ToString(), 0L,
            nameof(AanvraagSoort.Aanvraag), 0, h.Woonkosten.Centen, h.Woonsituatie.ToString());
        foreach (var kind in h.Kinderen)
        {
            _kinderen.Voeg(kind.Voornaam, kind.Geboortedatum, aanvraagId);
        }

        foreach (var m in h.Medebewoners)
        {
            _medebewoners.Voeg(m.Naam, m.Geboortedatum, m.FamilieTotTweedeGraad, m.Student, m.CommercieleOvereenkomst, aanvraagId);
        }

        foreach (var i in h.Inkomsten)
        {
            _inkomsten.Voeg(i.Van.ToString(), i.Soort.ToString(), i.NettoPerMaand.Centen, i.Vanaf, i.Tot, aanvraagId);
        }

        if (h.Spaargeld.Centen > 0)
        {
            _bezittingen.Voeg(nameof(Bezittingsoort.Betaalrekening), "Saldo betaalrekening", h.Spaargeld.Centen, aanvraagId);
        }

        _toekenningen.Voeg(toekenningId, _gemeente, aanvraagId, aanvragerId, h.Ingangsdatum, Maand.Van(h.Ingangsdatum).Eerste,
            "Actief", berekening.Kostendelers, berekening.Norm.Centen, berekening.InkomenInAanmerking.Centen, berekening.Bijstand.Centen,
            berekening.Vakantietoeslag.Centen, berekening.TeBetalen.Centen, SynthetischeGegevens.Door, besloten, besloten, 0);
        for (var r = 0; r < berekening.Regels.Count; r++)
        {
            var regel = berekening.Regels[r];
            _regels.Voeg(r + 1, regel.Omschrijving, regel.Artikel, regel.Bedrag.Centen, toekenningId);
        }
    }

    /// <summary>
    /// The aanvrager's loonstroken, each registered on the fifth of the month after its own (the seeded month's on
    /// <paramref name="vandaag"/>, before any run of it), open: no definitive run has settled them.
    /// </summary>
    public void Opgaven(IEnumerable<SynthetischeOpgave> opgaven, int aanvragerId, int toekenningId, DateOnly vandaag)
    {
        var uiterlijk = vandaag.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        foreach (var o in opgaven)
        {
            var geregistreerd = o.Maand.AddMonths(1).AddDays(4).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
            _opgaven.Voeg(_gemeente, toekenningId, aanvragerId, o.Maand, nameof(Gezinslid.Aanvrager), o.Werkgever, o.Maand, o.Maand.AddMonths(1).AddDays(-1),
                o.NettoLoon.Centen, o.BrutoLoon.Centen, o.Vakantiegeld.Centen, o.Uren, $"LS-{o.Maand:yyyyMM}-{toekenningId}", SynthetischeGegevens.Door,
                geregistreerd < uiterlijk ? geregistreerd : uiterlijk, null, false, null, 0);
        }
    }

    public void Dispose()
    {
        foreach (var invoeger in new[] { _personen, _aanvragen, _kinderen, _medebewoners, _inkomsten, _bezittingen, _toekenningen, _regels, _opgaven })
        {
            invoeger.Dispose();
        }
    }

    private void Persoon(int id, SynthetischePersoon p) =>
        _personen.Voeg(id, _gemeente, p.Bsn, p.Voornamen, p.Voorvoegsel, p.Achternaam, Zoeknamen.Van(p.Achternaam), p.Geboortedatum, p.Straat,
            p.Huisnummer, null, p.Postcode, p.Woonplaats, p.Iban, 0);
}
