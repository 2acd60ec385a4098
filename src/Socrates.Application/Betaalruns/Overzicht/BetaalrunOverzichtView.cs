using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;

namespace Socrates.Application.Betaalruns.Overzicht;

public sealed record BetaalrunOverzichtView
{
    public required DateOnly Maand { get; init; }

    public required BetaalrunStatus Status { get; init; }

    public required int Versie { get; init; }

    public required bool ZelfGestart { get; init; }

    public required DateTime GestartOp { get; init; }

    public DateTime? DefinitiefOp { get; init; }

    public required BetaalrunVoortgangView Voortgang { get; init; }

    public required Betaaltotalen Totalen { get; init; }

    public required IReadOnlyDictionary<Signaal, int> PerSignaal { get; init; }

    /// <summary>One page of the lines asked for (all, searched, or only with a signal), by name.</summary>
    public required Pagina<Betaalregelweergave> Regels { get; init; }

    /// <summary>
    /// The dwangsommen (Awb 4:18) the run pays, or paid: each its own transfer, not bijstand, so outside <see cref="Totalen"/>.
    /// </summary>
    public IReadOnlyList<Dwangsomregel> Dwangsommen { get; init; } = [];

    /// <summary>The tegoeden on terugvorderingen (saldo below zero) the run pays back, or paid back; each its own transfer.</summary>
    public IReadOnlyList<Terugbetalingsregel> Terugbetalingen { get; init; } = [];

    /// <summary>The proceskosten of beslissingen op bezwaar (Awb 7:15 lid 2) the run pays, or paid; each its own transfer.</summary>
    public IReadOnlyList<Proceskostenregel> Proceskosten { get; init; } = [];

    public string? Zoekterm { get; init; }

    public bool AlleenSignalen { get; init; }
}
