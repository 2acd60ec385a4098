using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Heronderzoeken;

namespace Socrates.Application.Heronderzoeken.Details;

/// <summary>One heronderzoek with what to check and the wijzigingen and terugvorderingen that can be its outcome; null: not of this gemeente.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record HeronderzoekDetails(int Id) : IQuery<HeronderzoekView?>;

public sealed record HeronderzoekView
{
    public required int Id { get; init; }

    public required int Versie { get; init; }

    public required DateOnly Vandaag { get; init; }

    public required string Naam { get; init; }

    public required string Adres { get; init; }

    public required string? Consulent { get; init; }

    public required DateOnly TermijnVanaf { get; init; }

    public required int TermijnMaanden { get; init; }

    public required string Profiel { get; init; }

    public required DateOnly Vervaldatum { get; init; }

    public required DateOnly GeplandOp { get; init; }

    public required HeronderzoekStatus Status { get; init; }

    /// <summary>The running toekenning of the household now (a wijziging may have replaced the one it was planned on); null when the bijstand ended.</summary>
    public required HeronderzoekToekenning? Toekenning { get; init; }

    public required Heronderzoekcontrole Controle { get; init; }

    public required HeronderzoekUitkomst? Uitkomst { get; init; }

    public required int? WijzigingId { get; init; }

    public required int? TerugvorderingId { get; init; }

    public required DateOnly? AfgerondOp { get; init; }

    public required string? AfgerondDoor { get; init; }

    /// <summary>Wijzigingen of the household registered since the heronderzoek was planned: what a "wijziging" outcome can name.</summary>
    public required IReadOnlyList<HeronderzoekWijziging> Wijzigingen { get; init; }

    /// <summary>The gemeente's consulenten (and team leads) an open heronderzoek can be given to, by name.</summary>
    public required IReadOnlyList<(string Id, string Naam)> Consulenten { get; init; }

    public required string? ConsulentId { get; init; }

    /// <summary>Terugvorderingen proposed for the household since it was planned.</summary>
    public required IReadOnlyList<HeronderzoekTerugvordering> Terugvorderingen { get; init; }

    public int Dagen => Vervaldatum.DayNumber - Vandaag.DayNumber;

    public bool IsTeLaat => Status == HeronderzoekStatus.Open && Dagen < 0;

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>What the toekenning counts now: the household to check against.</summary>
public sealed record HeronderzoekToekenning(int Id, int AanvraagId, DateOnly Ingangsdatum, int Kostendelers, Bedrag Norm, Bedrag InkomenInAanmerking, Bedrag TeBetalen);

/// <summary>A wijziging of the household that a "wijziging" outcome can name.</summary>
public sealed record HeronderzoekWijziging(int Id, Wijzigingsoort? Soort, DateOnly? Datum, DateOnly? Geregistreerd);

/// <summary>A terugvordering of the household that a "terugvordering voorgesteld" outcome can name.</summary>
public sealed record HeronderzoekTerugvordering(int Id, Bedrag Totaal, DateOnly VoorgesteldOp);
