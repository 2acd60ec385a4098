using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Woonsituatie;

/// <summary>How the household lives and its net housing costs per month (art. 27 Participatiewet).</summary>
[Vereist(Rol.Consulent)]
public sealed record WoonsituatieVastleggen : AanvraagOpdracht, ICommand
{
    public Domain.Aanvragen.Woonsituatie? Woonsituatie { get; init; }

    /// <summary>In euros, e.g. 712,50.</summary>
    public decimal? Woonkosten { get; init; }
}
