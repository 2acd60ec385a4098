using System.Globalization;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Demo;

namespace Socrates.Bench.Synthetisch;

/// <summary>
/// Realistic households for a municipality, the same for the same seed: mostly singles, then single parents, couples
/// with and without children, kostendelers, young people and a few pensioners; part-time work, a partial benefit or
/// alimony for some; savings under the vermogensgrens; valid BSNs (elfproef) and IBANs (mod-97), a few missing or outside SEPA.
/// </summary>
internal sealed class Huishoudengenerator(Lid lid, int seed, DateOnly maand, ISet<string> bsns)
{
    private static readonly string[] ExtraVoornamen =
    [
        "Anna", "Mark", "Linda", "Peter", "Samira", "Erik", "Mehmet", "Kim", "Jeroen", "Nadia", "Sophie", "Rachid", "Monique", "Hasan",
        "Iris", "Pieter", "Zeynep", "Rob", "Esther", "Omar",
    ];

    private static readonly (string? Voorvoegsel, string Achternaam)[] ExtraAchternamen =
    [
        (null, "Janssen"), ("de", "Boer"), (null, "Meijer"), ("van den", "Heuvel"), (null, "Öztürk"), (null, "Çelik"), (null, "Peters"),
        ("van", "Beek"), (null, "Hendriks"), (null, "Amrani"), ("de", "Wit"), (null, "Dekker"), (null, "Brouwer"), (null, "Sarmo"),
    ];

    /// <summary>Postcode letters without S: PostNL never issues SA, SD or SS.</summary>
    /// <summary>The rekenkern knows national norms from 1 January 2025 on.</summary>
    private static readonly DateOnly Vroegst = new(2025, 1, 1);

    private const string Letters = "ABCDEFGHJKLMNPRTVWXZ";

    private readonly Random _random = new(seed);
    private DateOnly _peil;
    private readonly (string[] Straten, int PostcodeVan, string Woonplaats) _wijk = DemoNamen.Wijk(lid);

    public SynthetischHuishouden Volgende()
    {
        var r = _random.NextDouble();
        var ingang = maand.AddMonths(-_random.Next(1, 22)).AddDays(_random.Next(0, 28));
        ingang = ingang < Vroegst ? Vroegst.AddDays(_random.Next(0, 28)) : ingang;
        _peil = ingang;
        var (soort, leeftijd) = r switch
        {
            < 0.45 => ("alleen", _random.Next(27, 66)),
            < 0.60 => ("ouder", _random.Next(23, 50)),
            < 0.70 => ("paar", _random.Next(27, 66)),
            < 0.78 => ("gezin", _random.Next(25, 55)),
            < 0.88 => ("kostendeler", _random.Next(27, 66)),
            < 0.95 => ("jong", _random.Next(21, 27)),
            _ => ("pensioen", _random.Next(68, 80)),
        };
        var aanvrager = Persoon(leeftijd, null);
        var partner = soort is "paar" or "gezin" ? Persoon(Math.Max(21, leeftijd + _random.Next(-5, 6)), aanvrager) : null;
        var huishouden = new SynthetischHuishouden
        {
            Aanvrager = aanvrager, Partner = partner, Relatie = partner is null ? null : _random.Next(2) == 0 ? PartnerRelatie.Gehuwd : PartnerRelatie.Samenwonend,
            Spaargeld = Bedrag.Euro(_random.Next(0, 4000)), Woonsituatie = _random.NextDouble() < 0.05 ? Woonsituatie.Inwonend : Woonsituatie.Huur,
            Woonkosten = Bedrag.Euro(_random.Next(450, 1100)), Ingangsdatum = ingang, MetVordering = _random.NextDouble() < 0.05,
        };
        if (soort is "ouder" or "gezin")
        {
            for (var k = 0; k < _random.Next(1, 4); k++)
            {
                huishouden.Kinderen.Add(new Kind(DemoNamen.Kindernamen[_random.Next(DemoNamen.Kindernamen.Length)], ingang.AddDays(-_random.Next(60, 15 * 365))));
            }
        }

        if (soort == "kostendeler")
        {
            for (var m = 0; m < _random.Next(1, 3); m++)
            {
                huishouden.Medebewoners.Add(new Medebewoner(
                    Voornaam() + " " + Achternaam().Achternaam, ingang.AddYears(-_random.Next(27, 60)).AddDays(-_random.Next(0, 365)), _random.Next(2) == 0, false, false));
            }
        }

        var inkomen = _random.NextDouble();
        if (inkomen < 0.18 && soort != "pensioen")
        {
            huishouden.Inkomsten.Add(new Inkomen(Gezinslid.Aanvrager, Inkomstensoort.Arbeid, Bedrag.Euro(_random.Next(150, 800)), ingang, null));
        }
        else if (inkomen < 0.28)
        {
            huishouden.Inkomsten.Add(new Inkomen(Gezinslid.Aanvrager, Inkomstensoort.Uitkering, Bedrag.Euro(_random.Next(100, 500)), ingang, null));
        }
        else if (inkomen < 0.33 && soort == "ouder")
        {
            huishouden.Inkomsten.Add(new Inkomen(Gezinslid.Aanvrager, Inkomstensoort.Alimentatie, Bedrag.Euro(_random.Next(100, 350)), ingang, null));
        }

        return huishouden;
    }

    private SynthetischePersoon Persoon(int leeftijd, SynthetischePersoon? zelfdeAdres)
    {
        var (voorvoegsel, achternaam) = Achternaam();
        var geboren = _peil.AddYears(-leeftijd).AddDays(-_random.Next(0, 365));
        var iban = _random.NextDouble() switch
        {
            < 0.008 => null,
            < 0.011 => BuitenSepa(),
            _ => DemoNummers.Iban(_random),
        };
        return zelfdeAdres is not null
            ? new SynthetischePersoon(Bsn(), Voornaam(), voorvoegsel, achternaam, geboren, zelfdeAdres.Straat, zelfdeAdres.Huisnummer, zelfdeAdres.Postcode,
                zelfdeAdres.Woonplaats, iban)
            : new SynthetischePersoon(Bsn(), Voornaam(), voorvoegsel, achternaam, geboren, _wijk.Straten[_random.Next(_wijk.Straten.Length)],
                _random.Next(1, 250), $"{_wijk.PostcodeVan + _random.Next(0, 80)} {Letters[_random.Next(Letters.Length)]}{Letters[_random.Next(Letters.Length)]}",
                _wijk.Woonplaats, iban);
    }

    private string Voornaam() =>
        _random.Next(2) == 0 ? DemoNamen.Voornamen[_random.Next(DemoNamen.Voornamen.Length)] : ExtraVoornamen[_random.Next(ExtraVoornamen.Length)];

    private (string? Voorvoegsel, string Achternaam) Achternaam() =>
        _random.Next(2) == 0 ? DemoNamen.Achternamen[_random.Next(DemoNamen.Achternamen.Length)] : ExtraAchternamen[_random.Next(ExtraAchternamen.Length)];

    private string Bsn()
    {
        while (true)
        {
            var bsn = DemoNummers.Bsn(_random);
            if (bsns.Add(bsn))
            {
                return bsn;
            }
        }
    }

    /// <summary>A valid IBAN of a country outside SEPA (Turkey), as some households have: the run signals it.</summary>
    private string BuitenSepa()
    {
        var bban = "00061" + "0" + string.Concat(Enumerable.Range(0, 16).Select(_ => _random.Next(10).ToString(CultureInfo.InvariantCulture)));
        var rest = Mod97(bban + "TR00");
        return $"TR{98 - rest:00}{bban}";
    }

    private static int Mod97(string tekens)
    {
        var rest = 0;
        foreach (var teken in tekens)
        {
            var waarde = char.IsAsciiDigit(teken) ? teken - '0' : teken - 'A' + 10;
            rest = waarde >= 10 ? ((rest * 100) + waarde) % 97 : ((rest * 10) + waarde) % 97;
        }

        return rest;
    }
}
