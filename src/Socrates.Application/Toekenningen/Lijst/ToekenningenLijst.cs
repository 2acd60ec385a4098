using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Toekenningen.Lijst;

/// <summary>The municipality's toekenningen (by default the active ones), newest ingangsdatum first, paged on the server.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record ToekenningenLijst(ToekenningStatus? Status = ToekenningStatus.Actief, int? Pagina = null) : IQuery<Pagina<ToekenningRegelView>>;
