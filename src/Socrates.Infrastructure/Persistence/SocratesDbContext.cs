using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Audit;
using Socrates.Domain.Beschikkingen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;
using Socrates.Infrastructure.Identity;
using Socrates.Infrastructure.Persistence.Configurations;
using Socrates.Infrastructure.Persistence.Conversies;

namespace Socrates.Infrastructure.Persistence;

/// <summary>
/// The one DbContext: domain data, Identity users and the Data Protection keys, on SQLite or SQL Server.
/// Municipality-owned data is filtered to the acting user's municipality (named filter <see cref="Filters.Gemeente"/>).
/// </summary>
public sealed class SocratesDbContext(DbContextOptions<SocratesDbContext> options, IHuidigeGebruiker gebruiker)
    : IdentityDbContext<Gebruiker>(options), ISocratesDb, IDataProtectionKeyContext
{
    public DbSet<Gemeente> Gemeenten => Set<Gemeente>();

    public DbSet<AuditRegel> AuditRegels => Set<AuditRegel>();

    public DbSet<Persoon> Personen => Set<Persoon>();

    public DbSet<Aanvraag> Aanvragen => Set<Aanvraag>();

    public DbSet<Notitie> Notities => Set<Notitie>();

    public DbSet<Toekenning> Toekenningen => Set<Toekenning>();

    public DbSet<Beschikking> Beschikkingen => Set<Beschikking>();

    public DbSet<InstellingenVoorstel> InstellingenVoorstellen => Set<InstellingenVoorstel>();
    public DbSet<Terugvordering> Terugvorderingen => Set<Terugvordering>();

    public DbSet<Domain.Normen.Normenset> Normensets => Set<Domain.Normen.Normenset>();

    public DbSet<Betaalrun> Betaalruns => Set<Betaalrun>();

    public DbSet<BetaalrunDeel> BetaalrunDelen => Set<BetaalrunDeel>();

    public DbSet<Domain.Indexeringen.Indexering> Indexeringen => Set<Domain.Indexeringen.Indexering>();

    public DbSet<Domain.Indexeringen.IndexeringDeel> IndexeringDelen => Set<Domain.Indexeringen.IndexeringDeel>();

    public DbSet<Domain.Indexeringen.Indexeringsregel> Indexeringsregels => Set<Domain.Indexeringen.Indexeringsregel>();

    public DbSet<Domain.Inkomsten.Inkomstenopgave> Inkomstenopgaven => Set<Domain.Inkomsten.Inkomstenopgave>();

    public DbSet<Domain.Inkomsten.Opgaveplicht> Opgaveplichten => Set<Domain.Inkomsten.Opgaveplicht>();

    public DbSet<Domain.Inkomsten.Opschorting> Opschortingen => Set<Domain.Inkomsten.Opschorting>();

    public DbSet<Domain.Heronderzoeken.Heronderzoek> Heronderzoeken => Set<Domain.Heronderzoeken.Heronderzoek>();

    public DbSet<Betaling> Betalingen => Set<Betaling>();

    public DbSet<BetalingVerrekening> BetalingVerrekeningen => Set<BetalingVerrekening>();

    public DbSet<Dwangsombetaling> Dwangsombetalingen => Set<Dwangsombetaling>();

    public DbSet<Terugbetaling> Terugbetalingen => Set<Terugbetaling>();

    public DbSet<Proceskostenbetaling> Proceskostenbetalingen => Set<Proceskostenbetaling>();

    public DbSet<Domain.Bezwaren.Bezwaar> Bezwaren => Set<Domain.Bezwaren.Bezwaar>();

    public DbSet<Domain.ApiKoppelingen.ApiKoppeling> ApiKoppelingen => Set<Domain.ApiKoppelingen.ApiKoppeling>();

    public DbSet<Domain.Gemeenschappelijk.Formulierverzending> Formulierverzendingen => Set<Domain.Gemeenschappelijk.Formulierverzending>();

    public DbSet<Domain.Bewaren.Vernietigingslijst> Vernietigingslijsten => Set<Domain.Bewaren.Vernietigingslijst>();

    public DbSet<Domain.Bewaren.VernietigdDossier> VernietigdeDossiers => Set<Domain.Bewaren.VernietigdDossier>();

    public DbSet<Domain.Bewaren.Bewaartermijnverlenging> Bewaartermijnverlengingen => Set<Domain.Bewaren.Bewaartermijnverlenging>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Read by the query filters at query time, so every query sees the acting user of its scope.</summary>
    internal GemeenteCode? HuidigeGemeente => gebruiker.Gemeente;

    internal IHuidigeGebruiker Gebruiker => gebruiker;

    public DbSet<GemeenteInstellingen> InstellingenVan(GemeenteCode gemeente) =>
        Set<GemeenteInstellingen>(GemeenteInstellingen.TabelVoor(gemeente));

    public Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);

    public Task<T> HerhaalbaarAsync<T>(Func<CancellationToken, Task<T>> werk, CancellationToken cancellationToken) =>
        Herhaalbaar(werk, null, cancellationToken);

    public Task<T> HerhaalbaarAsync<T>(
        Func<CancellationToken, Task<T>> werk, Func<CancellationToken, Task<(bool Gelukt, T Antwoord)>> gelukt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gelukt);
        return Herhaalbaar(werk, gelukt, cancellationToken);
    }

    private Task<T> Herhaalbaar<T>(
        Func<CancellationToken, Task<T>> werk, Func<CancellationToken, Task<(bool Gelukt, T Antwoord)>>? gelukt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werk);
        var poging = 0;
        return Database.CreateExecutionStrategy().ExecuteAsync(
            0,
            async (_, _, ct) =>
            {
                if (poging++ > 0)
                {
                    ChangeTracker.Clear();                          // what the failed attempt tracked was rolled back
                }

                return await werk(ct);
            },
            gelukt is null ? null : async (_, _, ct) =>
            {
                var (ja, antwoord) = await gelukt(ct);
                return new ExecutionResult<T>(ja, antwoord);
            },
            cancellationToken);
    }

    public IQueryable<AuditRegel> VastgelegdeAuditRegels() =>
        Database.IsSqlServer()
            ? AuditRegels.FromSqlRaw("SELECT * FROM [AuditRegels] WITH (READCOMMITTEDLOCK)").IgnoreQueryFilters()
            : AuditRegels.IgnoreQueryFilters();

    public void WijzigingenVergeten() => ChangeTracker.Clear();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Bedrag>().HaveConversion<BedragConverter>();
        configurationBuilder.Properties<Percentage>().HaveConversion<PercentageConverter>();
        configurationBuilder.Properties<GemeenteCode>().HaveConversion<GemeenteCodeConverter>().HaveMaxLength(6);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Bsn>().HaveConversion<BsnConverter>();
        configurationBuilder.Properties<Iban>().HaveConversion<IbanConverter>();
        configurationBuilder.Properties<Postcode>().HaveConversion<PostcodeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);

        // The enums a query projects as a constant null on one side of a UNION (the werkvoorraad's aanvragen and bezwaren): the
        // column takes its type from the first side, so without this the null would be an integer column and the other side's
        // text ('Terugvordering', 'BeslissingVoorgesteld') would be read back as 0.
        configurationBuilder.DefaultTypeMapping<Socrates.Domain.Bezwaren.BezwaarStatus>().HasConversion<string>();
        configurationBuilder.DefaultTypeMapping<Socrates.Domain.Bezwaren.BestredenBesluitsoort>().HasConversion<string>();
        configurationBuilder.DefaultTypeMapping<AanvraagStatus>().HasConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SocratesDbContext).Assembly);
        GemeenteInstellingenConfiguration.VoorAlleLeden(builder);
        if (Database.IsSqlite())
        {
            // SQLite serves LIKE 'jong%' from an index only on a NOCASE column (its LIKE ignores ASCII case); the key is
            // lower case already, so the collation changes no answer. SQL Server's LIKE uses any index.
            builder.Entity<Persoon>().Property(p => p.Zoeknaam).UseCollation("NOCASE");
        }


        var zetFilter = typeof(SocratesDbContext).GetMethod(nameof(ZetGemeenteFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var type in builder.Model.GetEntityTypes().Where(t => !t.HasSharedClrType).ToList())
        {
            if (typeof(IGemeenteEigendom).IsAssignableFrom(type.ClrType))
            {
                zetFilter.MakeGenericMethod(type.ClrType).Invoke(this, [builder]);
            }
        }
    }

    private void ZetGemeenteFilter<TEntity>(ModelBuilder builder)
        where TEntity : class, IGemeenteEigendom =>
        builder.Entity<TEntity>().HasQueryFilter(Filters.Gemeente, e => e.Gemeente == HuidigeGemeente);
}
