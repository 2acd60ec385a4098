using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Heronderzoeken;

/// <summary>
/// A planned re-examination of a running bijstand (docs/heronderzoek.md): due on <see cref="Vervaldatum"/>, the start of
/// its term (the begin of the bijstand or the last heronderzoek completed) plus the gemeente's term for the household's
/// profile. The consulent checks the household, income, vermogen and address and records the outcome: ongewijzigd, a
/// wijziging registered through the wijziging flow, or a terugvordering proposed. One per bijstand period and due date
/// (a unique key), so planning twice creates nothing twice.
/// </summary>
public sealed class Heronderzoek : IGemeenteEigendom, IVersieBeheerd
{
    public const int MaximumBevindingen = 2000;

    private Heronderzoek()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int AanvragerId { get; private set; }

    /// <summary>The toekenning that ran when it was planned; a later wijziging may have replaced it.</summary>
    public int ToekenningId { get; private set; }

    /// <summary>The aanvraag (or wijziging) that toekenning was decided on: the dossier to open.</summary>
    public int AanvraagId { get; private set; }

    /// <summary>The first day of the bijstand period: heronderzoeken of one period follow each other.</summary>
    public DateOnly BijstandSinds { get; private set; }

    /// <summary>The start of the term: <see cref="BijstandSinds"/> or the day the previous heronderzoek was completed.</summary>
    public DateOnly TermijnVanaf { get; private set; }

    public int TermijnMaanden { get; private set; }

    /// <summary>Which profile gave the term ("met inkomsten", "algemene termijn", …).</summary>
    public string Profiel { get; private set; } = "";

    public DateOnly Vervaldatum { get; private set; }

    public DateOnly GeplandOp { get; private set; }

    /// <summary>The consulent of the dossier when it was planned; null when nobody handled it.</summary>
    public string? ConsulentId { get; private set; }

    public HeronderzoekStatus Status { get; private set; }

    public bool HuishoudenGecontroleerd { get; private set; }

    public bool InkomenGecontroleerd { get; private set; }

    public bool VermogenGecontroleerd { get; private set; }

    public bool AdresGecontroleerd { get; private set; }

    public string? Bevindingen { get; private set; }

    public HeronderzoekUitkomst? Uitkomst { get; private set; }

    /// <summary>For <see cref="HeronderzoekUitkomst.Wijziging"/>: the wijziging (an aanvraag of that kind) registered.</summary>
    public int? WijzigingId { get; private set; }

    /// <summary>For <see cref="HeronderzoekUitkomst.TerugvorderingVoorgesteld"/>: the terugvordering proposed.</summary>
    public int? TerugvorderingId { get; private set; }

    public DateOnly? AfgerondOp { get; private set; }

    public string? AfgerondDoor { get; private set; }

    public int Versie { get; private set; }

    public static Heronderzoek Plannen(
        GemeenteCode gemeente, int aanvragerId, int toekenningId, int aanvraagId, DateOnly bijstandSinds, DateOnly termijnVanaf,
        int termijnMaanden, string profiel, string? consulentId, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        if (termijnMaanden is < Heronderzoekstermijn.MinimumMaanden or > Heronderzoekstermijn.MaximumMaanden)
        {
            throw new DomeinregelException($"De termijn van een heronderzoek ligt tussen {Heronderzoekstermijn.MinimumMaanden} en {Heronderzoekstermijn.MaximumMaanden} maanden.");
        }

        return new Heronderzoek
        {
            Gemeente = gemeente, AanvragerId = aanvragerId, ToekenningId = toekenningId, AanvraagId = aanvraagId, BijstandSinds = bijstandSinds,
            TermijnVanaf = termijnVanaf, TermijnMaanden = termijnMaanden, Profiel = profiel,
            Vervaldatum = Heronderzoekstermijn.Vervaldatum(termijnVanaf, termijnMaanden), GeplandOp = vandaag, ConsulentId = consulentId,
            Status = HeronderzoekStatus.Open,
        };
    }

    /// <summary>
    /// The dossier went to another consulent (<c>AanvraagToewijzen</c>): an open heronderzoek of the household follows it, so it
    /// is on the new consulent's planning list. A completed one keeps who was responsible then.
    /// </summary>
    public void ConsulentWijzigen(string consulentId)
    {
        if (Status != HeronderzoekStatus.Open || string.Equals(ConsulentId, consulentId, StringComparison.Ordinal))
        {
            return;
        }

        ConsulentId = consulentId;
        Versie++;
    }

    /// <summary>Past its due date and not completed: a missed heronderzoek.</summary>
    public bool IsTeLaat(DateOnly vandaag) => Status == HeronderzoekStatus.Open && Vervaldatum < vandaag;

    /// <summary>
    /// Records what was checked and the outcome, and closes the heronderzoek. Ongewijzigd asks every item checked; a
    /// wijziging names the wijziging registered, a terugvordering the one proposed.
    /// </summary>
    public void Afronden(Heronderzoekcontrole controle, HeronderzoekUitkomst uitkomst, int? wijzigingId, int? terugvorderingId, string door, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(controle);
        if (Status != HeronderzoekStatus.Open)
        {
            throw new DomeinregelException("Dit heronderzoek is al afgerond.");
        }

        if (vandaag < GeplandOp)
        {
            throw new DomeinregelException("Een heronderzoek kan niet worden afgerond vóór het is gepland.");
        }

        if (uitkomst == HeronderzoekUitkomst.Ongewijzigd && !controle.Volledig)
        {
            throw new DomeinregelException("Ongewijzigd kan pas als huishouden, inkomen, vermogen en adres alle vier zijn gecontroleerd.");
        }

        if (uitkomst == HeronderzoekUitkomst.Wijziging && wijzigingId is null)
        {
            throw new DomeinregelException("Kies de wijziging die uit dit heronderzoek is geregistreerd, of registreer haar eerst.");
        }

        if (uitkomst == HeronderzoekUitkomst.TerugvorderingVoorgesteld && terugvorderingId is null)
        {
            throw new DomeinregelException("Kies de terugvordering die uit dit heronderzoek is voorgesteld, of stel haar eerst voor.");
        }

        HuishoudenGecontroleerd = controle.Huishouden;
        InkomenGecontroleerd = controle.Inkomen;
        VermogenGecontroleerd = controle.Vermogen;
        AdresGecontroleerd = controle.Adres;
        Bevindingen = string.IsNullOrWhiteSpace(controle.Bevindingen) ? null : controle.Bevindingen.Trim();
        Uitkomst = uitkomst;
        WijzigingId = uitkomst == HeronderzoekUitkomst.Wijziging ? wijzigingId : null;
        TerugvorderingId = uitkomst == HeronderzoekUitkomst.TerugvorderingVoorgesteld ? terugvorderingId : null;
        Status = HeronderzoekStatus.Afgerond;
        AfgerondOp = vandaag;
        AfgerondDoor = door;
        Versie++;
    }
}
