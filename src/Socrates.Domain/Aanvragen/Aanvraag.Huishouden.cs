using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Aanvragen;

/// <summary>The household: partner (art. 3), children (art. 4), housemates (art. 19a) and how they live (art. 27).</summary>
public sealed partial class Aanvraag
{
    public const int MaximumKinderen = 15;
    public const int MaximumMedebewoners = 15;

    private readonly List<Kind> _kinderen = [];
    private readonly List<Medebewoner> _medebewoners = [];

    public int? PartnerId { get; private set; }

    public PartnerRelatie? PartnerRelatie { get; private set; }

    public IReadOnlyList<Kind> Kinderen => _kinderen;

    public IReadOnlyList<Medebewoner> Medebewoners => _medebewoners;

    public Woonsituatie? Woonsituatie { get; private set; }

    /// <summary>Net housing costs per month (rent or mortgage interest and charges).</summary>
    public Bedrag Woonkosten { get; private set; }

    /// <summary>
    /// Records the partner. With a received aanvraag the zoektermijn is checked again: it depends on both ages.
    /// </summary>
    public void PartnerVastleggen(Persoon partner, PartnerRelatie relatie, DateOnly aanvragerGeboren)
    {
        ArgumentNullException.ThrowIfNull(partner);
        VereisBewerkbaar();
        if (partner.Id == AanvragerId)
        {
            throw new DomeinregelException("De partner kan niet dezelfde persoon zijn als de aanvrager.");
        }

        if (Ontvangstdatum is { } ontvangst)
        {
            Zoektermijn.Controleer(Meldingsdatum, ontvangst, aanvragerGeboren, partner.Geboortedatum, ZoektermijnUitzondering);
        }

        PartnerId = partner.Id;
        PartnerRelatie = relatie;
        Gewijzigd();
    }

    /// <summary>Removes the partner, and with it the partner's income.</summary>
    public void PartnerVerwijderen(DateOnly aanvragerGeboren)
    {
        VereisBewerkbaar();
        if (PartnerId is null)
        {
            throw new DomeinregelException("Er is geen partner vastgelegd.");
        }

        if (Ontvangstdatum is { } ontvangst)
        {
            Zoektermijn.Controleer(Meldingsdatum, ontvangst, aanvragerGeboren, null, ZoektermijnUitzondering);
        }

        PartnerId = null;
        PartnerRelatie = null;
        _inkomsten.RemoveAll(i => i.Van == Gezinslid.Partner);
        Gewijzigd();
    }

    public void KindToevoegen(string voornaam, DateOnly geboortedatum, DateOnly vandaag)
    {
        VereisBewerkbaar();
        if (geboortedatum > vandaag)
        {
            throw new DomeinregelException("De geboortedatum van het kind kan niet in de toekomst liggen.");
        }

        if (Leeftijd.Op(geboortedatum, vandaag) >= 18)
        {
            throw new DomeinregelException("Een kind van 18 jaar of ouder hoort niet bij het gezin (art. 4 Participatiewet): leg het vast als medebewoner.");
        }

        if (_kinderen.Count >= MaximumKinderen)
        {
            throw new DomeinregelException($"Een huishouden kan hoogstens {MaximumKinderen} kinderen hebben.");
        }

        if (_kinderen.Any(k => k.Geboortedatum == geboortedatum && string.Equals(k.Voornaam, voornaam.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomeinregelException("Dit kind staat al in het huishouden.");
        }

        _kinderen.Add(new Kind(voornaam.Trim(), geboortedatum));
        Gewijzigd();
    }

    public void KindVerwijderen(int kindId)
    {
        VereisBewerkbaar();
        _kinderen.Remove(Zoek(_kinderen, k => k.Id == kindId, "Dit kind"));
        Gewijzigd();
    }

    public void MedebewonerToevoegen(
        string naam, DateOnly geboortedatum, bool familieTotTweedeGraad, bool student, bool commercieleOvereenkomst, bool overeenkomstMetDerde,
        DateOnly vandaag)
    {
        VereisBewerkbaar();
        if (overeenkomstMetDerde && !commercieleOvereenkomst)
        {
            throw new DomeinregelException("Een overeenkomst met dezelfde verhuurder als de aanvrager telt alleen als het een schriftelijke overeenkomst tegen een commerciële prijs is (art. 19a lid 1 onder c).");
        }

        if (geboortedatum > vandaag)
        {
            throw new DomeinregelException("De geboortedatum van de medebewoner kan niet in de toekomst liggen.");
        }

        if (_medebewoners.Count >= MaximumMedebewoners)
        {
            throw new DomeinregelException($"Een woning kan hier hoogstens {MaximumMedebewoners} medebewoners hebben.");
        }

        if (_medebewoners.Any(m => m.Geboortedatum == geboortedatum && string.Equals(m.Naam, naam.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomeinregelException("Deze medebewoner staat al in het huishouden.");
        }

        _medebewoners.Add(new Medebewoner(naam.Trim(), geboortedatum, familieTotTweedeGraad, student, commercieleOvereenkomst, overeenkomstMetDerde));
        Gewijzigd();
    }

    public void MedebewonerVerwijderen(int medebewonerId)
    {
        VereisBewerkbaar();
        _medebewoners.Remove(Zoek(_medebewoners, m => m.Id == medebewonerId, "Deze medebewoner"));
        Gewijzigd();
    }

    /// <summary>How the household lives. Without a home of their own there are no housing costs.</summary>
    public void WoonsituatieVastleggen(Woonsituatie situatie, Bedrag woonkosten)
    {
        VereisBewerkbaar();
        if (woonkosten.IsNegatief)
        {
            throw new DomeinregelException("De woonkosten kunnen niet negatief zijn.");
        }

        if (situatie == Aanvragen.Woonsituatie.Dakloos && woonkosten != Bedrag.Nul)
        {
            throw new DomeinregelException("Iemand zonder woning heeft geen woonkosten: vul € 0,00 in.");
        }

        if (situatie != Aanvragen.Woonsituatie.EigenWoning && (WozWaarde is not null || Hypotheek is not null))
        {
            WozWaarde = null;
            Hypotheek = null;
        }

        Woonsituatie = situatie;
        Woonkosten = woonkosten;
        Gewijzigd();
    }

    private static T Zoek<T>(List<T> lijst, Func<T, bool> voorwaarde, string wat) =>
        lijst.FirstOrDefault(voorwaarde) ?? throw new DomeinregelException($"{wat} hoort niet (meer) bij deze aanvraag.");
}
