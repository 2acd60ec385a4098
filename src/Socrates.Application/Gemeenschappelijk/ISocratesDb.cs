using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Audit;
using Socrates.Domain.Beschikkingen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// The application's view of the database: EF Core sets, no repository layer. Every set of municipality-owned data
/// is already limited to the signed-in user's municipality by a global query filter.
/// </summary>
public interface ISocratesDb
{
    DbSet<Gemeente> Gemeenten { get; }

    DbSet<AuditRegel> AuditRegels { get; }

    DbSet<Persoon> Personen { get; }

    DbSet<Aanvraag> Aanvragen { get; }

    DbSet<Notitie> Notities { get; }

    DbSet<Toekenning> Toekenningen { get; }

    DbSet<Beschikking> Beschikkingen { get; }

    DbSet<InstellingenVoorstel> InstellingenVoorstellen { get; }
    DbSet<Terugvordering> Terugvorderingen { get; }

    /// <summary>The national figures: not under the gemeente filter.</summary>
    DbSet<Domain.Normen.Normenset> Normensets { get; }

    DbSet<Betaalrun> Betaalruns { get; }

    DbSet<BetaalrunDeel> BetaalrunDelen { get; }

    DbSet<Domain.Indexeringen.Indexering> Indexeringen { get; }

    DbSet<Domain.Indexeringen.IndexeringDeel> IndexeringDelen { get; }

    DbSet<Domain.Indexeringen.Indexeringsregel> Indexeringsregels { get; }

    DbSet<Domain.Inkomsten.Inkomstenopgave> Inkomstenopgaven { get; }

    DbSet<Domain.Inkomsten.Opgaveplicht> Opgaveplichten { get; }

    DbSet<Domain.Inkomsten.Opschorting> Opschortingen { get; }

    DbSet<Domain.Heronderzoeken.Heronderzoek> Heronderzoeken { get; }

    DbSet<Betaling> Betalingen { get; }

    DbSet<BetalingVerrekening> BetalingVerrekeningen { get; }

    /// <summary>The dwangsommen (Awb 4:18) paid by a definitive betaalrun: one per aanvraag, ever.</summary>
    DbSet<Dwangsombetaling> Dwangsombetalingen { get; }

    /// <summary>What a definitive betaalrun paid back of a terugvordering's saldo below zero (docs/terugvordering.md).</summary>
    DbSet<Terugbetaling> Terugbetalingen { get; }

    /// <summary>The proceskosten of a beslissing op bezwaar (Awb 7:15) paid by a definitive betaalrun: one per bezwaar, ever.</summary>
    DbSet<Proceskostenbetaling> Proceskostenbetalingen { get; }

    /// <summary>The bezwaren (Awb hoofdstuk 6–7) against the gemeente's besluiten.</summary>
    DbSet<Domain.Bezwaren.Bezwaar> Bezwaren { get; }

    /// <summary>The gemeente's machine clients of the API, with their hashed keys (docs/api.md).</summary>
    DbSet<Domain.ApiKoppelingen.ApiKoppeling> ApiKoppelingen { get; }

    /// <summary>Forms carried out, by their key: a repeat gets the first answer (<see cref="Formulierverzendingen"/>).</summary>
    DbSet<Domain.Gemeenschappelijk.Formulierverzending> Formulierverzendingen { get; }

    /// <summary>Vernietigingslijsten, drawn up and approved by two Beheerders (Archiefwet 1995 art. 3 and 5).</summary>
    DbSet<Domain.Bewaren.Vernietigingslijst> Vernietigingslijsten { get; }

    /// <summary>The anonymised record of each destroyed dossier.</summary>
    DbSet<Domain.Bewaren.VernietigdDossier> VernietigdeDossiers { get; }

    /// <summary>A Beheerder's extensions of a dossier's retention, with the reason.</summary>
    DbSet<Domain.Bewaren.Bewaartermijnverlenging> Bewaartermijnverlengingen { get; }

    /// <summary>The versions of one municipality's local rules, from that municipality's own table.</summary>
    DbSet<GemeenteInstellingen> InstellingenVan(GemeenteCode gemeente);

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="werk"/> through the provider's execution strategy: after a transient failure (SQL Server's transient
    /// errors, SQLite's busy or locked) it runs again, whole, its transaction included. <paramref name="werk"/> must be safe to
    /// repeat: it starts from a clean change tracker on every attempt after the first.
    /// </summary>
    Task<T> HerhaalbaarAsync<T>(Func<CancellationToken, Task<T>> werk, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="HerhaalbaarAsync{T}(Func{CancellationToken, Task{T}}, CancellationToken)"/>, and after a transient failure
    /// it first asks <paramref name="gelukt"/> whether the failed attempt committed after all (a connection lost during the
    /// commit itself): when it did, its answer is returned and nothing runs again.
    /// </summary>
    Task<T> HerhaalbaarAsync<T>(Func<CancellationToken, Task<T>> werk, Func<CancellationToken, Task<(bool Gelukt, T Antwoord)>> gelukt, CancellationToken cancellationToken);

    /// <summary>
    /// Every audit line as committed, of every gemeente: on SQL Server read with locks (<c>READCOMMITTEDLOCK</c>) even where
    /// READ_COMMITTED_SNAPSHOT is on, so a transaction still committing is waited for instead of read past.
    /// </summary>
    IQueryable<AuditRegel> VastgelegdeAuditRegels();

    /// <summary>Forgets every tracked change, after a command was refused and its transaction rolled back.</summary>
    void WijzigingenVergeten();
}
