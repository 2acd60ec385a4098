using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Beslissing;

/// <summary>
/// The behandelaar proposes the beslissing op bezwaar (Awb 7:11) with its motivering (7:12); gegrond against a terugvordering or
/// boete names the new amount (€ 0,00: withdrawn); proceskosten as points or an amount (7:15 lid 2). A team lead takes it.
/// </summary>
[Vereist(Rol.Bezwaarbehandelaar)]
public sealed record BeslissingVoorstellen : BezwaarOpdracht, ICommand
{
    public BezwaarUitkomst? Uitkomst { get; init; }

    public string? Motivering { get; init; }

    /// <summary>For a herroepen terugvordering or boete: its new amount in euro (0 when withdrawn).</summary>
    public decimal? NieuwBedrag { get; init; }

    public decimal? ProceskostenPunten { get; init; }

    public decimal? ProceskostenBedrag { get; init; }
}
