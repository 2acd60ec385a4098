using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;

namespace Socrates.Application.Aanvragen.Wijziging;

/// <summary>The running toekenning decided on an aanvraag (or wijziging), to register a wijziging on; null when there is none.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record LopendeToekenning(int AanvraagId) : IQuery<LopendeToekenningView?>;

/// <summary>The toekenning with the version a wijziging form is based on, and whether a wijziging is already open.</summary>
public sealed record LopendeToekenningView(int Id, int Versie, DateOnly Ingangsdatum, Bedrag TeBetalen, int? OpenWijzigingId);
