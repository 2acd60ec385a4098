using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Infrastructure.Persistence;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Database;

/// <summary>An app whose database refuses the inserts of chosen persons a given number of times.</summary>
public sealed class HerhalingApp : SqliteApp
{
    public Storing Storing { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureTestServices(s => s.ConfigureDbContext<SocratesDbContext>(o => o.AddInterceptors(Storing, Storing.Commits)));
    }
}

/// <summary>
/// Refuses an insert with a chosen value among its parameters (a person's BSN, a user's id on the audit line), <c>keer</c>
/// times, with a SqliteException of the chosen code, as the database would; counts every attempt. Only the insert that
/// carries the value is touched.
/// </summary>
public sealed class Storing : DbCommandInterceptor
{
    private readonly Dictionary<string, (int Keer, int Fout, int Pogingen)> _keuzes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _commits = new(StringComparer.Ordinal);
    private readonly Lock _slot = new();

    /// <summary>Fails the commit of the transaction that inserts the chosen persons (see <see cref="WeigerCommit"/>).</summary>
    public Commitstoring Commits { get; } = new();

    /// <summary>
    /// The commit of the transaction that inserts this person fails once with SQLITE_BUSY: before the commit
    /// (<paramref name="naDeCommit"/> false: nothing is written), or after it went through (true: the client sees a failure for
    /// a transaction that committed, as when the connection is lost while the server commits).
    /// </summary>
    public void WeigerCommit(string bsn, bool naDeCommit)
    {
        lock (_slot)
        {
            _keuzes[bsn] = (0, 5, 0);
            _commits[bsn] = naDeCommit;
        }
    }

    public void Weiger(string bsn, int keer, int sqliteFout)
    {
        lock (_slot)
        {
            _keuzes[bsn] = (keer, sqliteFout, 0);
        }
    }

    public int Pogingen(string bsn)
    {
        lock (_slot)
        {
            return _keuzes[bsn].Pogingen;
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal))
        {
            lock (_slot)
            {
                var bsn = command.Parameters.Cast<DbParameter>().Select(p => p.Value as string).FirstOrDefault(v => v is not null && _keuzes.ContainsKey(v));
                if (bsn is not null)
                {
                    var (keer, fout, pogingen) = _keuzes[bsn];
                    _keuzes[bsn] = (keer, fout, pogingen + 1);
                    if (pogingen < keer)
                    {
                        throw new SqliteException(fout == 5 ? "database is locked" : "SQL logic error", fout);
                    }

                    if (_commits.Remove(bsn, out var naDeCommit) && command.Transaction is { } transactie)
                    {
                        Commits.Eenmaal(transactie, naDeCommit);
                    }
                }
            }
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>Fails one chosen transaction's commit once with SQLITE_BUSY, before or after the commit itself.</summary>
public sealed class Commitstoring : DbTransactionInterceptor
{
    private readonly Lock _slot = new();
    private (DbTransaction Transactie, bool NaDeCommit)? _keuze;

    public void Eenmaal(DbTransaction transactie, bool naDeCommit)
    {
        lock (_slot)
        {
            _keuze = (transactie, naDeCommit);
        }
    }

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Faal(transaction, naDeCommit: false);
        return base.TransactionCommittingAsync(transaction, eventData, result, cancellationToken);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Faal(transaction, naDeCommit: true);
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }

    private void Faal(DbTransaction transactie, bool naDeCommit)
    {
        lock (_slot)
        {
            if (_keuze is not { } keuze || !ReferenceEquals(keuze.Transactie, transactie) || keuze.NaDeCommit != naDeCommit)
            {
                return;
            }

            _keuze = null;
        }

        throw new SqliteException("database is locked", 5);
    }
}
