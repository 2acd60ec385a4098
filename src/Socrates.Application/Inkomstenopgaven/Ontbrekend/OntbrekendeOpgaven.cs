using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Inkomsten;

namespace Socrates.Application.Inkomstenopgaven.Ontbrekend;

/// <summary>
/// The werkvoorraad of missing inkomstenopgaven of the own gemeente (docs/inkomsten.md): per household with an opgaveplicht
/// each month of the last <see cref="Maanden"/> it had bijstand in, whose term has passed and whose opgave is not in; with its
/// opschorting when there is one. Oldest first, one page at a time.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record OntbrekendeOpgaven(int? Pagina = null) : IQuery<Pagina<OntbrekendeOpgave>>
{
    /// <summary>How many months back the list looks.</summary>
    public const int Maanden = 12;
}

/// <summary>
/// One missing opgave: its household's toekenning of the month, <c>UiterlijkOp</c> the last day of the gemeente's term, and the
/// running or ended opschorting for the month, if any.
/// </summary>
public sealed record OntbrekendeOpgave(
    int ToekenningId, int AanvraagId, string Naam, DateOnly Maand, DateOnly UiterlijkOp, int DagenTeLaat, OntbrekendeOpschorting? Opschorting)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record OntbrekendeOpschorting(int Id, OpschortingStatus Status, DateOnly BesluitOp, DateOnly HerstelUiterlijk, bool TermijnVerstreken);
