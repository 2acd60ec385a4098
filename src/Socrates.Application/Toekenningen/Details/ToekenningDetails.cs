using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Toekenningen.Details;

/// <summary>One toekenning with its calculation lines as they were decided, and its aanvrager's name; null when not of this municipality.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record ToekenningDetails(int Id) : IQuery<ToekenningDetailsView?>;
