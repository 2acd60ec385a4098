using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betalingen.Specificatie;

/// <summary>
/// The dossier's Betalingen page (docs/betalingen.md): the household's payment ledger per month, newest first, 12 months per
/// page (or all of them, oldest first, for the CSV), with what was due, what each definitive run paid, nabetaald, teruggevorderd and a running saldo; the vakantietoeslag
/// reservation; and the lines of an open proefrun.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record BetalingSpecificatie(int AanvraagId, int? Pagina = null, bool AlleMaanden = false) : IQuery<SpecificatieView>;
