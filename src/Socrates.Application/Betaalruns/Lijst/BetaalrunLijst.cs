using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betaalruns.Lijst;

/// <summary>The municipality's runs, newest month first, one page.</summary>
[Vereist(Rol.Teamleider)]
public sealed record BetaalrunLijst(int? Pagina = null) : IQuery<Pagina<BetaalrunRegelView>>;

public sealed record BetaalrunRegelView(DateOnly Maand, BetaalrunStatus Status, DateTime GestartOp, DateTime? DefinitiefOp, int AantalDelen);
