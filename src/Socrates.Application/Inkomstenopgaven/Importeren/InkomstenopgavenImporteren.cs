using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Inkomstenopgaven.Importeren;

/// <summary>
/// A consulent reads in a CSV file of loonstroken (docs/inkomsten.md, "CSV-import"): every row is an opgave as the quick
/// entry takes it (client by BSN or dossiernummer, month, person, employer, amounts). Every row is checked; when any is
/// wrong the answer is the list of (regel, kolom, melding) and nothing is saved, otherwise all are saved in one transaction.
/// </summary>
[Vereist(Rol.Consulent, Rol.AdministratiefMedewerker)]
public sealed record InkomstenopgavenImporteren : ICommand<InkomstenopgavenGeimporteerd>, IAuditOnderwerp, IEenmaligeOpdracht
{
    /// <summary>5 MB: some 50,000 rows of an ordinary file.</summary>
    public const int MaximumTekens = 5 * 1024 * 1024;

    /// <summary>The form's own key: a second submit of the same upload gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    /// <summary>The file's name as the browser sent it (for the check that it is a .csv file).</summary>
    public string? Bestandsnaam { get; init; }

    /// <summary>The file's text (<see cref="Bestandstekst"/> decodes the upload). Holds BSNs: never in a log line.</summary>
    public string? Bestand { get; init; }

    public string OnderwerpType => "Inkomstenopgave";

    public string? OnderwerpId => null;

    /// <summary>The file holds BSNs: never in a log line or an error page.</summary>
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
