using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Lijst;
using Socrates.Application.Toekenningen.Lijst;
using Socrates.Application.Werkvoorraad.Lijst;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// The SQL EF generates on the SqlServer provider for the largest list queries (issue #17), parsed as T-SQL for SQL Server
/// 2022 without a server (<c>ToQueryString()</c>): the werkvoorraad in every order and direction, with and without the
/// bezwaren (UNION ALL), and the toekenningen and terugvorderingen in every order, each as page and as export.
/// </summary>
public sealed class SqlServerQueryTests
{
    private static readonly DateOnly Vandaag = new(2026, 12, 7);

    [Fact]
    public void DeLijstqueries_ZijnGeldigeTSqlVoorSqlServer2022()
    {
        using var db = TestDatabases.Context("SqlServer", TestDatabases.OntwerpSqlServer);
        var queries = new List<(string Naam, string Sql)>();
        var teamleider = new Gebruiker();

        foreach (var sortering in Enum.GetValues<WerkvoorraadSortering>())
        {
            foreach (var aflopend in new[] { false, true })
            {
                var vraag = new Werkvoorraad { Weergave = WerkvoorraadWeergave.Team, Sortering = sortering };
                var (aanvragen, bezwaren) = WerkvoorraadSelectie.Filter(db, teamleider, vraag, Vandaag, 14);
                queries.Add(($"werkvoorraad {sortering} {aflopend} gemengd", WerkvoorraadSelectie.Pagina(db, aanvragen, bezwaren, sortering, aflopend, 25, 25).ToQueryString()));
                queries.Add(($"werkvoorraad {sortering} {aflopend}", WerkvoorraadSelectie.Pagina(db, aanvragen, null, sortering, aflopend, 0, 25).ToQueryString()));
            }
        }

        foreach (var sortering in Enum.GetValues<ToekenningSortering>())
        {
            var vraag = new ToekenningenLijst(Sortering: sortering);
            queries.Add(($"toekenningen {sortering}", ToekenningenSelectie.Rijen(db, ToekenningenSelectie.Filter(db, vraag), vraag, (25, 25)).ToQueryString()));
            queries.Add(($"toekenningen {sortering} export", ToekenningenSelectie.Rijen(db, ToekenningenSelectie.Filter(db, vraag), vraag, null).ToQueryString()));
        }

        foreach (var sortering in Enum.GetValues<TerugvorderingSortering>())
        {
            var vraag = new TerugvorderingenLijst(TerugvorderingFilter.Alle, Sortering: sortering);
            queries.Add(($"terugvorderingen {sortering}", TerugvorderingenSelectie.Rijen(db, TerugvorderingenSelectie.Filter(db, vraag), vraag, (25, 25)).ToQueryString()));
        }

        var fouten = new List<string>();
        var statements = 0;
        foreach (var (naam, sql) in queries)
        {
            var uitkomst = TSql.Lees(sql);
            statements += uitkomst.Statements;
            fouten.AddRange(uitkomst.Fouten.Select(f => $"{naam}: {f}"));
        }

        Assert.True(fouten.Count == 0, string.Join(Environment.NewLine, fouten));
        Assert.Contains(queries, q => q.Sql.Contains("UNION ALL", StringComparison.Ordinal));
        Assert.All(queries, q => Assert.Contains("SELECT", q.Sql, StringComparison.Ordinal));
        TestContext.Current.TestOutputHelper?.WriteLine($"T-SQL (SQL Server 2022): {queries.Count} queries, {statements} statements ontleed.");
    }

    /// <summary>A team lead of Amsterdam: the team view sees every aanvraag and bezwaar of the gemeente.</summary>
    private sealed class Gebruiker : IHuidigeGebruiker
    {
        public string? Id => "teamleider";

        public string Weergavenaam => "Teamleider";

        public GemeenteCode? Gemeente => Leden.Amsterdam.Code;

        public IReadOnlyCollection<string> Rollen => [Rol.Teamleider];

        public bool HeeftRol(string rol) => rol == Rol.Teamleider;
    }
}
