using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Besluit;

/// <summary>
/// The consulent proposes the decision on an aanvraag in behandeling: a toekenning from an ingangsdatum (the amount
/// comes from the calculation of that month) or an afwijzing on a ground with a motivering. Answers whether the besluit
/// was taken at once or waits for a team lead.
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record BesluitVoorstellen : AanvraagOpdracht, ICommand<BesluitUitkomst>
{
    public Besluitsoort? Soort { get; init; }

    public DateOnly? Ingangsdatum { get; init; }

    public Afwijzingsgrond? Afwijzingsgrond { get; init; }

    public string? Motivering { get; init; }

    /// <summary>For a beëindiging because the household reaches the AOW age: the handover note for the SVB (art. 47a lid 1).</summary>
    public string? OverdrachtSvb { get; init; }

    /// <summary>For a toekenning while requested bewijsstukken are missing: why the consulent goes on (required then).</summary>
    public string? RedenZonderBewijsstukken { get; init; }
}
