using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Personen;

namespace Socrates.Application.Beheer.Vernietiging.Verlengen;

/// <summary>
/// A Beheerder keeps a dossier longer (opschorten or verlengen): its vernietigingsdatum moves to <see cref="Tot"/>, with the
/// reason, audited and shown. <see cref="Versie"/> is the person's version the page showed.
/// </summary>
[Vereist(Rol.Beheerder)]
public sealed record BewaartermijnVerlengen : ICommand<int>, IAuditOnderwerp
{
    public int PersoonId { get; init; }

    public int Versie { get; init; }

    public DateOnly? Tot { get; init; }

    public string? Reden { get; init; }

    string IAuditOnderwerp.OnderwerpType => nameof(Persoon);

    string? IAuditOnderwerp.OnderwerpId => PersoonId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
