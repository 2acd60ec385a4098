using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Gegevens;

/// <summary>One aanvraag's household and means, flat, for the intake pages.</summary>
public sealed record HuishoudenView
{
    public required int AanvraagId { get; init; }

    public required int Versie { get; init; }

    public required AanvraagStatus Status { get; init; }

    /// <summary>Whether the household can still change (Gemeld, Ingediend or In behandeling).</summary>
    public required bool IsBewerkbaar { get; init; }

    /// <summary>The day ages and the kostendelers are assessed on: today.</summary>
    public required DateOnly Peildatum { get; init; }

    public required string AanvragerNaam { get; init; }

    /// <summary>True for a wijziging of a running toekenning, whose household starts as a copy.</summary>
    public bool IsWijziging { get; init; }

    public required DateOnly AanvragerGeboortedatum { get; init; }

    public required int AanvragerLeeftijd { get; init; }

    public required PartnerGegevens? Partner { get; init; }

    public required IReadOnlyList<KindRegel> Kinderen { get; init; }

    public required IReadOnlyList<MedebewonerRegel> Medebewoners { get; init; }

    /// <summary>A of art. 22a lid 1 Participatiewet.</summary>
    public required int KostendelersA { get; init; }

    public required bool KostendelersnormVanToepassing { get; init; }

    public required string KostendelersToelichting { get; init; }

    public required Domain.Aanvragen.Woonsituatie? Woonsituatie { get; init; }

    public required Bedrag Woonkosten { get; init; }

    public required IReadOnlyList<InkomenRegel> Inkomsten { get; init; }

    public required IReadOnlyList<BezittingRegel> Bezittingen { get; init; }

    public required Bedrag Schulden { get; init; }

    public required Bedrag? WozWaarde { get; init; }

    public required Bedrag? Hypotheek { get; init; }

    /// <summary>Possessions minus debts, before the exemptions of art. 34 lid 2.</summary>
    public required Bedrag VermogenSaldo { get; init; }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>The partner; the BSN only masked.</summary>
public sealed record PartnerGegevens(string Naam, string BsnGemaskeerd, DateOnly Geboortedatum, int Leeftijd, PartnerRelatie Relatie)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record KindRegel(int Id, string Voornaam, DateOnly Geboortedatum, int Leeftijd);

/// <summary>A housemate with whether he counts as kostendeler today, and why (art. 19a lid 1).</summary>
public sealed record MedebewonerRegel(
    int Id, string Naam, DateOnly Geboortedatum, int Leeftijd, bool FamilieTotTweedeGraad, bool Student,
    bool CommercieleOvereenkomst, bool OvereenkomstMetDerde, bool TeltMee, string Reden)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record InkomenRegel(int Id, Gezinslid Van, Inkomstensoort Soort, Bedrag NettoPerMaand, DateOnly Vanaf, DateOnly? Tot);

public sealed record BezittingRegel(int Id, Bezittingsoort Soort, string Omschrijving, Bedrag Waarde);
