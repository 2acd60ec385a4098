using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>
/// The work a case worker has to handle, one page at a time: aanvragen (his own or the whole team's) and open bezwaren (the
/// bezwaarbehandelaar's own and unassigned ones, all of them for a teamleider, those on his own dossiers for a consulent;
/// docs/bezwaar.md), filtered on status, behandelaar, beslistermijn and the person's name or BSN (<see cref="NaamOfBsn"/>), by
/// default the open ones with the earliest due date first. The page keeps the name or BSN out of its URL.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record Werkvoorraad : IQuery<WerkvoorraadView>
{
    /// <summary>The <see cref="Behandelaar"/> value for aanvragen that nobody handles yet.</summary>
    public const string NietToegewezen = "niet-toegewezen";

    public WerkvoorraadWeergave Weergave { get; init; } = WerkvoorraadWeergave.Mijn;

    /// <summary>One aanvraag status (then no bezwaren); null: every open status (Gemeld, Ingediend, In behandeling, Besluit voorgesteld) and the open bezwaren.</summary>
    public AanvraagStatus? Status { get; init; }

    /// <summary>In the team view: one behandelaar's user id, or <see cref="NietToegewezen"/>; null: everyone.</summary>
    public string? Behandelaar { get; init; }

    /// <summary>Only overdue aanvragen and bezwaren, or only those within the municipality's signal days; null: all.</summary>
    public TermijnFilter? Termijn { get; init; }

    public WerkvoorraadSortering Sortering { get; init; } = WerkvoorraadSortering.Termijn;

    public Sorteerrichting Richting { get; init; } = Sorteerrichting.Oplopend;

    public int? Pagina { get; init; }

    /// <summary>"Naam of BSN" of the aanvrager, as typed (<see cref="NaamOfBsn"/>); null or empty: everyone.</summary>
    public string? Zoekterm { get; init; }

    /// <summary>Only the message name: <see cref="Zoekterm"/> holds a name or a BSN.</summary>
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
