using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Inkomstenopgaven.Opschorting;

/// <summary>The opschorting and its letter (art. 54 lid 1 en 2); null for another gemeente's.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record OpschortingBrief(int Id) : IQuery<OpschortingBriefView?>;

public sealed record OpschortingBriefView(
    int Id, int ToekenningId, int AanvraagId, DateOnly Maand, DateOnly BesluitOp, DateOnly HerstelUiterlijk, OpschortingStatus Status,
    DateOnly? HersteldOp, bool TermijnVerstreken, Briefhoofd Briefhoofd, Geadresseerde Geadresseerde)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
