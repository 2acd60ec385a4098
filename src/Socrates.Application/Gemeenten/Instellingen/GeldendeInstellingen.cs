using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gemeenten.Instellingen;

/// <summary>The signed-in user's municipality: the rules in force today and every version before and after.</summary>
[Vereist]
public sealed record GeldendeInstellingen : IQuery<InstellingenOverzicht>;
