using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Partner;

/// <summary>Removes the partner from the household, and with it the partner's income. The person stays registered.</summary>
public sealed record PartnerVerwijderen : AanvraagOpdracht, ICommand;
