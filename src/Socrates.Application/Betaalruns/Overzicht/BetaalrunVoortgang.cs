using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betaalruns.Overzicht;

/// <summary>How far a month's proefrun is, for the progress bar. Null when there is no run.</summary>
[Vereist(Rol.Teamleider)]
public sealed record BetaalrunVoortgang(string Maand) : IQuery<BetaalrunVoortgangView?>;

public sealed record BetaalrunVoortgangView(string Status, int DelenKlaar, int DelenTotaal)
{
    public int Procent => DelenTotaal == 0 ? 100 : DelenKlaar * 100 / DelenTotaal;
}
