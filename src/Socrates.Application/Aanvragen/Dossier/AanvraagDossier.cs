using Mediator;

namespace Socrates.Application.Aanvragen.Dossier;

/// <summary>Everything about one aanvraag and its household. Opening it is recorded in the audit trail as a read.</summary>
public sealed record AanvraagDossier(int Id) : IQuery<DossierView?>;
