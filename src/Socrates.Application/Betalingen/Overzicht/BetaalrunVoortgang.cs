using Mediator;

namespace Socrates.Application.Betalingen.Overzicht;

/// <summary>How far a month's proefrun is, for the progress bar. Null when there is no run.</summary>
public sealed record BetaalrunVoortgang(string Maand) : IQuery<BetaalrunVoortgangView?>;

public sealed record BetaalrunVoortgangView(string Status, int DelenKlaar, int DelenTotaal)
{
    public int Procent => DelenTotaal == 0 ? 100 : DelenKlaar * 100 / DelenTotaal;
}
