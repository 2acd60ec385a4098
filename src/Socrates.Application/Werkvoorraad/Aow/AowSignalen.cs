using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Werkvoorraad.Aow;

/// <summary>
/// The running toekenningen of the own municipality whose aanvrager or partner reaches the AOW age within
/// <see cref="Domain.Rekenkern.SvbBevoegdheid.SignaalMaanden"/> months, or already has: from that day the SVB is competent
/// (art. 47a lid 1 Participatiewet) and the toekenning must end. Soonest first, one page at a time.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record AowSignalen(int? Pagina = null) : IQuery<Pagina<AowSignaal>>;
