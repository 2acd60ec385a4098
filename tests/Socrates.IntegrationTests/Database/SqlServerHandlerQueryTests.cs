using System.Reflection;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// Every query of the application layer through its real handler and the mediator's pipeline on the SqlServer provider, with
/// no server (issue #17): the services are built as the app builds them, and <see cref="SqlOpname"/> records each command
/// instead of running it, answering as an empty (migrated) database would. Every command's SQL parses as T-SQL for SQL Server
/// 2022. A handler stops at its first read that needs a row (not found); what it sent until then counts.
/// </summary>
public sealed class SqlServerHandlerQueryTests
{
    /// <summary>
    /// How many query types must at least send SQL: all 70 of today. Raise it when queries are added; when it falls, the
    /// recording broke or a query's example stops before the database (give it one in <see cref="Queryvoorbeelden"/>).
    /// </summary>
    private const int MinimumQuerysoortenMetSql = 70;

    /// <summary>
    /// How a query may end on an empty database: an answer, not found, an input error of the example, or a single row that is
    /// not there. Anything else (a query EF cannot translate for SQL Server, a refusal of the actor, a cast) fails the test.
    /// </summary>
    private static readonly string[] Toegestaan = ["antwoord", "niet gevonden", "invoerfout", "geen rij"];

    [Fact]
    public async Task ElkeQueryhandler_StuurtGeldigeTSqlVoorSqlServer2022()
    {
        var opname = new SqlOpname();
        await using var diensten = DienstenZonderServer.Bouw(opname);
        var soorten = Queryvoorbeelden.Soorten();
        var zonderSql = new List<string>();
        var fouten = new List<string>();
        var afloop = new List<string>();
        var verschillend = new HashSet<string>(StringComparer.Ordinal);
        var (soortenMetSql, commandos, statements) = (0, 0, 0);

        foreach (var soort in soorten)
        {
            opname.Wis();
            afloop.Add(await StuurAsync(diensten, soort));
            var verzonden = opname.Commandos;
            if (verzonden.Count == 0)
            {
                zonderSql.Add($"{soort.Name} ({afloop[^1]})");
                continue;
            }

            soortenMetSql++;
            commandos += verzonden.Count;
            foreach (var sql in verzonden.Where(verschillend.Add))
            {
                var uitkomst = TSql.Lees(sql);
                statements += uitkomst.Statements;
                fouten.AddRange(uitkomst.Fouten.Select(f => $"{soort.Name}: {f}{Environment.NewLine}{sql}"));
            }
        }

        var uitvoer = TestContext.Current.TestOutputHelper;
        uitvoer?.WriteLine($"T-SQL (SQL Server 2022): {soorten.Count} querysoorten, {soortenMetSql} met SQL; {commandos} commando's, "
            + $"{verschillend.Count} verschillende, {statements} statements ontleed.");
        uitvoer?.WriteLine("Afloop: " + string.Join(", ", afloop.CountBy(a => a).OrderByDescending(a => a.Value).Select(a => $"{a.Key} {a.Value}")));
        uitvoer?.WriteLine($"Zonder SQL ({zonderSql.Count}): {string.Join(", ", zonderSql)}");
        Assert.True(fouten.Count == 0, string.Join(Environment.NewLine, fouten));
        Assert.All(afloop, a => Assert.Contains(a, Toegestaan));
        Assert.True(soortenMetSql >= MinimumQuerysoortenMetSql, $"{soortenMetSql} van {soorten.Count} querysoorten stuurden SQL; zonder: {string.Join(", ", zonderSql)}");
    }

    [Fact]
    public void TSqlLees_VindtDeFoutInOngeldigeSql()
    {
        Assert.NotEmpty(TSql.Lees("SELECT [Id] FROM [Personen] WHERE").Fouten);
        Assert.Empty(TSql.Lees("SELECT [Id] FROM [Personen] WHERE [Id] = @p0").Fouten);
    }

    /// <summary>Sends one example of the query type as its actor; returns how it ended (the exception's type, if any).</summary>
    private static async Task<string> StuurAsync(IServiceProvider diensten, Type soort)
    {
        await using var scope = diensten.CreateAsyncScope();
        ZetActor(scope.ServiceProvider.GetRequiredService<GebruikerContext>(), soort);
        try
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(Queryvoorbeelden.Maak(soort), TestContext.Current.CancellationToken);
            return "antwoord";
        }
        catch (NietGevondenException)
        {
            return Toegestaan[1];
        }
        catch (FluentValidation.ValidationException)
        {
            return Toegestaan[2];
        }
        catch (InvalidOperationException fout) when (fout.Message.StartsWith("Sequence contains no elements", StringComparison.Ordinal))
        {
            return Toegestaan[3];
        }
        catch (Exception fout) when (fout is not OutOfMemoryException)
        {
            return $"{fout.GetType().Name}: {fout.Message}";
        }
    }

    /// <summary>A user of Amsterdam with every role of a gemeente; a query only the cooperative may send goes as its Normbeheerder.</summary>
    private static void ZetActor(GebruikerContext gebruiker, Type soort)
    {
        gebruiker.Zet("test-alle-rollen", "Test alle rollen", Leden.Amsterdam.Code, Rol.Alle);
        if (soort.GetCustomAttribute<VereistAttribute>() is { } vereist && !vereist.StaatToe(gebruiker))
        {
            gebruiker.Zet("test-normbeheerder", "Test " + Rol.Normbeheerder, null, Rol.Cooperatie);
        }
    }
}
