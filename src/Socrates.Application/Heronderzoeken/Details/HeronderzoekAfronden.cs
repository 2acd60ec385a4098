using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Heronderzoeken;

namespace Socrates.Application.Heronderzoeken.Details;

/// <summary>
/// The consulent records what he checked and the outcome of a heronderzoek: ongewijzigd (all four items checked), a wijziging
/// registered through the wijziging flow, or a terugvordering proposed through its flow; either is named by its id. Closes it;
/// the next one is planned from today.
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record HeronderzoekAfronden : ICommand<int>, IAuditOnderwerp
{
    public int Id { get; init; }

    public int Versie { get; init; }

    public bool Huishouden { get; init; }

    public bool Inkomen { get; init; }

    public bool Vermogen { get; init; }

    public bool Adres { get; init; }

    public string? Bevindingen { get; init; }

    public HeronderzoekUitkomst? Uitkomst { get; init; }

    public int? WijzigingId { get; init; }

    public int? TerugvorderingId { get; init; }

    string IAuditOnderwerp.OnderwerpType => "Heronderzoek";

    string? IAuditOnderwerp.OnderwerpId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
