using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Indexeringen;

namespace Socrates.Application.Indexeringen.Lijst;

/// <summary>The gemeente's indexeringen, newest first: which normenset, which months, how far, how many households.</summary>
[Vereist(Rol.Teamleider)]
public sealed record IndexeringenOpvragen : IQuery<IReadOnlyList<IndexeringRij>>;

public sealed record IndexeringRij(
    int Id, DateOnly Ingangsdatum, string Bron, DateOnly VanMaand, DateOnly TotMaand, IndexeringStatus Status, DateTime GestartOp, DateTime? KlaarOp,
    int Huishoudens, int NogTeBetalen);
