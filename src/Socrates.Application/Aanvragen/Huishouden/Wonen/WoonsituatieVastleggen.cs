using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Huishouden.Wonen;

/// <summary>How the household lives and its net housing costs per month (art. 27 Participatiewet).</summary>
public sealed record WoonsituatieVastleggen : AanvraagOpdracht, ICommand
{
    public Woonsituatie? Woonsituatie { get; init; }

    /// <summary>In euros, e.g. 712,50.</summary>
    public decimal? Woonkosten { get; init; }
}
