using Mediator;

namespace Socrates.Application.Aanvragen.Beschikkingen;

/// <summary>The decision letter of an aanvraag (the newest, if a besluit was revised), exactly as it was made.</summary>
public sealed record BeschikkingInzien(int AanvraagId) : IQuery<BeschikkingView?>;
