using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Inkomstenopgaven.Lijst;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Inkomstenopgaven.Corrigeren;

/// <summary>The opgave a correction starts from, with its toekenning's list; null for another gemeente's.</summary>
[Vereist(Rol.Consulent, Rol.AdministratiefMedewerker)]
public sealed record TeCorrigerenOpgave(int OpgaveId) : IQuery<TeCorrigerenOpgaveView?>;

public sealed record TeCorrigerenOpgaveView(InkomstenopgavenView Toekenning, OpgaveRij Opgave);
