using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>
/// The aanvragen a case worker has to handle, one page at a time: his own or the whole team's, filtered on status,
/// behandelaar and beslistermijn, by default the open ones with the earliest due date first. Filters are statuses,
/// user ids and dates only, so no personal data ends up in a URL.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record Werkvoorraad : IQuery<WerkvoorraadView>
{
    /// <summary>The <see cref="Behandelaar"/> value for aanvragen that nobody handles yet.</summary>
    public const string NietToegewezen = "niet-toegewezen";

    public WerkvoorraadWeergave Weergave { get; init; } = WerkvoorraadWeergave.Mijn;

    /// <summary>One status; null: every open status (Gemeld, Ingediend, In behandeling, Besluit voorgesteld).</summary>
    public AanvraagStatus? Status { get; init; }

    /// <summary>In the team view: one behandelaar's user id, or <see cref="NietToegewezen"/>; null: everyone.</summary>
    public string? Behandelaar { get; init; }

    /// <summary>Only overdue aanvragen, or only those within the municipality's signal days; null: all.</summary>
    public TermijnFilter? Termijn { get; init; }

    public WerkvoorraadSortering Sortering { get; init; } = WerkvoorraadSortering.Termijn;

    public Sorteerrichting Richting { get; init; } = Sorteerrichting.Oplopend;

    public int? Pagina { get; init; }
}
