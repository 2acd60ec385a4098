using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Bewaren;

/// <summary>
/// What remains of a destroyed dossier (Archiefwet 1995 art. 5: the destruction is accounted for): which category and
/// term, when, on which list and by whose approval (user ids, both Beheerders). It names no person: the person record
/// that stays behind for the amounts carries only <see cref="Verwijzing"/> and a stand-in BSN (<see cref="Pseudoniem"/>).
/// </summary>
public sealed class VernietigdDossier : IGemeenteEigendom
{
    private VernietigdDossier()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    /// <summary>The anonymous person record the betalingen, toekenningen and terugvorderingen still point to.</summary>
    public int PersoonId { get; private set; }

    public string Categorie { get; private set; } = "";

    public int Termijn { get; private set; }

    public DateOnly Vernietigingsdatum { get; private set; }

    public DateTime VernietigdOp { get; private set; }

    public int VernietigingslijstId { get; private set; }

    public string OpgesteldDoor { get; private set; } = "";

    public string GoedgekeurdDoor { get; private set; } = "";

    /// <summary>The role both acted in.</summary>
    public string Rol { get; private set; } = "";

    /// <summary>How the remaining amounts are named: "Vernietigd dossier VD-12".</summary>
    public string Verwijzing => VerwijzingVan(Id);

    public static string VerwijzingVan(int id) => $"Vernietigd dossier VD-{id}";

    public static VernietigdDossier Vastleggen(
        Vernietigingslijst lijst, VernietigingslijstRegel regel, string rol, DateTime nu)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        ArgumentNullException.ThrowIfNull(regel);
        return new VernietigdDossier
        {
            Gemeente = lijst.Gemeente, PersoonId = regel.PersoonId, Categorie = lijst.Categorie, Termijn = lijst.Termijn,
            Vernietigingsdatum = regel.Vernietigingsdatum, VernietigdOp = nu, VernietigingslijstId = lijst.Id,
            OpgesteldDoor = lijst.OpgesteldDoor, GoedgekeurdDoor = lijst.GoedgekeurdDoor ?? "", Rol = rol,
        };
    }
}
