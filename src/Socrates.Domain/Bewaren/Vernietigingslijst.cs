using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Bewaren;

/// <summary>
/// A municipality's list of dossiers whose retention term has passed (Archiefwet 1995 art. 3 and 5): drawn up by one
/// Beheerder and approved by a second (four eyes), then carried out dossier by dossier; a destroyed or skipped line is
/// never touched again, so a run that stopped halfway resumes where it stopped.
/// </summary>
public sealed class Vernietigingslijst : IGemeenteEigendom, IVersieBeheerd
{
    public const int MaximumDossiers = 1000;

    private readonly List<VernietigingslijstRegel> _regels = [];

    private Vernietigingslijst()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public string Categorie { get; private set; } = "";

    public int Termijn { get; private set; }

    /// <summary>The Identity user id of the Beheerder who drew it up.</summary>
    public string OpgesteldDoor { get; private set; } = "";

    public DateOnly OpgesteldOp { get; private set; }

    public string? GoedgekeurdDoor { get; private set; }

    public DateOnly? GoedgekeurdOp { get; private set; }

    public VernietigingslijstStatus Status { get; private set; }

    public IReadOnlyList<VernietigingslijstRegel> Regels => _regels;

    public int Versie { get; private set; }

    public static Vernietigingslijst Opstellen(
        GemeenteCode gemeente, Bewaartermijn termijn, IReadOnlyCollection<(int PersoonId, DateOnly Vernietigingsdatum)> dossiers, string door, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        ArgumentNullException.ThrowIfNull(termijn);
        ArgumentNullException.ThrowIfNull(dossiers);
        if (dossiers.Count == 0)
        {
            throw new DomeinregelException("Er zijn geen dossiers waarvan de bewaartermijn verstreken is en die niet geblokkeerd zijn.");
        }

        if (dossiers.Count > MaximumDossiers)
        {
            throw new DomeinregelException($"Een vernietigingslijst bevat hoogstens {MaximumDossiers} dossiers.");
        }

        if (dossiers.Any(d => d.Vernietigingsdatum > vandaag))
        {
            throw new DomeinregelException("Een dossier waarvan de vernietigingsdatum nog niet verstreken is, kan niet op de lijst.");
        }

        var lijst = new Vernietigingslijst
        {
            Gemeente = gemeente, Categorie = termijn.Categorie, Termijn = termijn.Jaren, OpgesteldDoor = door, OpgesteldOp = vandaag,
            Status = VernietigingslijstStatus.Opgesteld,
        };
        lijst._regels.AddRange(dossiers.DistinctBy(d => d.PersoonId).Select(d => new VernietigingslijstRegel(d.PersoonId, d.Vernietigingsdatum)));
        return lijst;
    }

    /// <summary>A second Beheerder approves: never the one who drew the list up.</summary>
    public void Goedkeuren(string door, DateOnly vandaag)
    {
        if (Status != VernietigingslijstStatus.Opgesteld)
        {
            throw new DomeinregelException("Deze vernietigingslijst is al goedgekeurd.");
        }

        if (string.Equals(door, OpgesteldDoor, StringComparison.Ordinal))
        {
            throw new DomeinregelException("Een tweede beheerder keurt de vernietigingslijst goed; wie de lijst opstelde, kan haar niet zelf goedkeuren (vier ogen).");
        }

        GoedgekeurdDoor = door;
        GoedgekeurdOp = vandaag;
        Status = VernietigingslijstStatus.Goedgekeurd;
        Versie++;
    }

    /// <summary>The lines still to carry out, at most <paramref name="aantal"/>, in their order on the list.</summary>
    public IReadOnlyList<VernietigingslijstRegel> Volgende(int aantal)
    {
        VereisGoedgekeurd();
        return _regels.Where(r => !r.IsAfgehandeld).OrderBy(r => r.Id).Take(aantal).ToList();
    }

    public void Vernietigd(VernietigingslijstRegel regel, int vernietigdDossierId, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(regel);
        VereisGoedgekeurd();
        regel.Vernietigd(vernietigdDossierId, vandaag);
        Afronden();
    }

    public void Overgeslagen(VernietigingslijstRegel regel, string reden)
    {
        ArgumentNullException.ThrowIfNull(regel);
        VereisGoedgekeurd();
        regel.Overgeslagen(reden);
        Afronden();
    }

    private void Afronden()
    {
        if (_regels.All(r => r.IsAfgehandeld))
        {
            Status = VernietigingslijstStatus.Uitgevoerd;
        }

        Versie++;
    }

    private void VereisGoedgekeurd()
    {
        if (Status != VernietigingslijstStatus.Goedgekeurd)
        {
            throw new DomeinregelException(Status == VernietigingslijstStatus.Opgesteld
                ? "Deze vernietigingslijst is nog niet goedgekeurd door een tweede beheerder."
                : "Deze vernietigingslijst is al uitgevoerd.");
        }
    }
}
