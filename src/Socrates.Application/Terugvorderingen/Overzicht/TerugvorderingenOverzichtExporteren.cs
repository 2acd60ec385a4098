using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Overzicht;

/// <summary>
/// Every open claim of the municipality for the team lead's spreadsheet, oldest first: the claim, its ground, dates and
/// amounts and what is collected per month, no names or BSNs. The export is audited.
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record TerugvorderingenOverzichtExporteren : IQuery<Exportrijen<OpenVorderingRegel>>
{
    public const string Export = "TerugvorderingenOverzichtExporteren";
}

/// <summary>One open claim in the team lead's export.</summary>
public sealed record OpenVorderingRegel(
    int Id, string? Kenmerk, Terugvorderingsgrond Grond, TerugvorderingStatus Status, DateOnly? VastgesteldOp,
    Bedrag Totaal, Bedrag Saldo, Bedrag? AflossingPerMaand, Bedrag? VerrekeningPerMaand, DateOnly? Verjaringsdatum);
