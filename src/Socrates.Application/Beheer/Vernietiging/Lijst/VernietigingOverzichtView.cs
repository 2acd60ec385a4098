using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Beheer.Vernietiging.Lijst;

public sealed record VernietigingOverzichtView(
    Bewaartermijn Termijn, DateOnly Peildatum, Pagina<VerstrekenDossier> Verstreken, IReadOnlyList<VernietigingslijstSamenvatting> Lijsten);

/// <summary>A dossier whose term has passed: whose it is, its date, and why it may not go yet (empty: it may).</summary>
public sealed record VerstrekenDossier(int PersoonId, string Naam, string Bsn, DateOnly? Vernietigingsdatum, IReadOnlyList<string> Blokkades)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record VernietigingslijstSamenvatting(
    int Id, DateOnly OpgesteldOp, VernietigingslijstStatus Status, bool DoorMij, int Dossiers, int Vernietigd, int Overgeslagen);
