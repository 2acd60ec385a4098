using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gemeenteregels.Lijst;

/// <summary>The signed-in user's municipality: the rules in force today and every version before and after.</summary>
[Vereist]
public sealed record GeldendeGemeenteregels : IQuery<GemeenteregelsOverzicht>;
