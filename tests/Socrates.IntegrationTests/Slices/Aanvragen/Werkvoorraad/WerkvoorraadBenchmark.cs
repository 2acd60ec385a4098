using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Socrates.Application.Werkvoorraad.Lijst;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;
using WerkvoorraadVraag = Socrates.Application.Werkvoorraad.Lijst.Werkvoorraad;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Werkvoorraad;

/// <summary>
/// Not a timed test: a measurement to run by hand on its own SQLite file with 100,000 open aanvragen, printing the
/// durations of the werkvoorraad's SQL and its query plans.
/// <c>Socrates.IntegrationTests -method "*WerkvoorraadBenchmark*" -explicit only</c>.
/// </summary>
public sealed class WerkvoorraadBenchmark
{
    private const int Open = 100_000;
    private const int Ruis = 20_000;                 // closed ones in Rotterdam and open ones in Amsterdam
    private const int Herhalingen = 20;

    [Fact(Explicit = true)]
    public async Task Meet()
    {
        await using var app = new SqliteApp();
        await app.InitializeAsync();
        var vandaag = WerkvoorraadTestData.Vandaag;
        var vullen = Stopwatch.StartNew();
        await VulAsync(app.Bestand, vandaag);
        var verslag = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"Gevuld in {vullen.ElapsedMilliseconds} ms");

        var gevallen = new (string Naam, WerkvoorraadVraag Vraag)[]
        {
            ("team, standaard (termijn oplopend), pagina 1", new() { Weergave = WerkvoorraadWeergave.Team }),
            ("team, laatste pagina", new() { Weergave = WerkvoorraadWeergave.Team, Pagina = Open / 25 }),
            ("team, verlopen", new() { Weergave = WerkvoorraadWeergave.Team, Termijn = TermijnFilter.Verlopen }),
            ("team, op naam", new() { Weergave = WerkvoorraadWeergave.Team, Sortering = WerkvoorraadSortering.Naam }),
            ("team, niet toegewezen", new() { Weergave = WerkvoorraadWeergave.Team, Behandelaar = WerkvoorraadVraag.NietToegewezen }),
            ("mijn (één van 40 consulenten)", new() { Weergave = WerkvoorraadWeergave.Mijn }),
        };
        using var opnemer = new SqlOpnemer();
        foreach (var (naam, vraag) in gevallen)
        {
            await using var als = app.AlsGebruiker(Rol.Teamleider, Leden.Rotterdam);
            als.Get<Application.Gemeenschappelijk.GebruikerContext>().Zet("beh-07", "Test", Leden.Rotterdam.Code, [Rol.Teamleider]);
            await als.Send(vraag);                                      // warm: compiled query, cache, page cache
            opnemer.Wis();
            var totaal = new List<double>();
            for (var i = 0; i < Herhalingen; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await als.Send(vraag);
                totaal.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            verslag.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"== {naam}: mediator mediaan {Mediaan(totaal):0.0} ms");
            foreach (var groep in opnemer.Opgenomen.GroupBy(o => o.Sql))
            {
                var parameters = groep.First().Parameters;
                var ms = await TijdAsync(app.Bestand, groep.Key, parameters);
                verslag.AppendLine(CultureInfo.InvariantCulture, $"-- {groep.Count() / Herhalingen}× per verzoek; los uitgevoerd en gelezen: mediaan {ms:0.00} ms")
                    .AppendLine(groep.Key)
                    .AppendLine("   parameters: " + string.Join(", ", parameters.Select(p => $"{p.Naam}={p.Waarde}")));
                if (groep.Key.Contains("\"Aanvragen\"", StringComparison.Ordinal))
                {
                    verslag.AppendLine("   plan:").Append(await PlanAsync(app.Bestand, groep.Key, parameters));
                }
            }
        }

        await using (var verbinding = new SqliteConnection($"Data Source={app.Bestand}"))
        {
            await verbinding.OpenAsync(TestContext.Current.CancellationToken);
            var kopie = Path.Combine(Path.GetTempPath(), "werkvoorraad-benchmark.db");
            File.Delete(kopie);
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "VACUUM INTO $kopie";
            opdracht.Parameters.AddWithValue("$kopie", kopie);
            await opdracht.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "werkvoorraad-benchmark.txt"), verslag.ToString(), TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(verslag.ToString());
    }

    private static async Task VulAsync(string bestand, DateOnly vandaag)
    {
        await using var verbinding = new SqliteConnection($"Data Source={bestand}");
        await verbinding.OpenAsync(TestContext.Current.CancellationToken);
        await using var transactie = (SqliteTransaction)await verbinding.BeginTransactionAsync(TestContext.Current.CancellationToken);
        var persoon = verbinding.CreateCommand();
        persoon.CommandText =
            "INSERT INTO Personen (Gemeente, Bsn, Voornamen, Voorvoegsel, Achternaam, Geboortedatum, Straat, Huisnummer, Postcode, Woonplaats, Versie) " +
            "VALUES ($g, $bsn, 'Jan', NULL, $naam, '1980-05-17', 'Coolsingel', 40, '3011AD', 'Rotterdam', 0); SELECT last_insert_rowid();";
        var aanvraag = verbinding.CreateCommand();
        aanvraag.CommandText =
            "INSERT INTO Aanvragen (Gemeente, AanvragerId, Meldingsdatum, Ontvangstdatum, Status, BehandelaarId, UitersteBeslisdatum, Versie, Woonkosten, Schulden) " +
            "VALUES ($g, $p, $melding, $ontvangst, $status, $beh, $uiterste, 1, 0, 0)";
        foreach (var (opdracht, namen) in new[] { (persoon, new[] { "$g", "$bsn", "$naam" }), (aanvraag, new[] { "$g", "$p", "$melding", "$ontvangst", "$status", "$beh", "$uiterste" }) })
        {
            opdracht.Transaction = transactie;
            foreach (var naam in namen)
            {
                opdracht.Parameters.Add(new SqliteParameter(naam, null));
            }
        }

        var toeval = new Random(42);
        string[] open = ["Gemeld", "Ingediend", "InBehandeling", "InBehandeling", "Ingediend", "InBehandeling", "BesluitVoorgesteld", "InBehandeling", "Ingediend", "InBehandeling"];
        for (var i = 0; i < Open + Ruis; i++)
        {
            var amsterdam = i >= Open && i % 2 == 0;
            var status = i >= Open && !amsterdam ? "Besloten" : open[toeval.Next(open.Length)];
            var gemeente = (amsterdam ? Leden.Amsterdam : Leden.Rotterdam).Code.Waarde;
            persoon.Parameters["$g"].Value = gemeente;
            persoon.Parameters["$bsn"].Value = Bsn(10_000_000 + i);
            persoon.Parameters["$naam"].Value = "Achternaam" + toeval.Next(100_000).ToString("00000", CultureInfo.InvariantCulture);
            var id = (long)(await persoon.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;

            var ontvangst = vandaag.AddDays(-toeval.Next(120));
            aanvraag.Parameters["$g"].Value = gemeente;
            aanvraag.Parameters["$p"].Value = id;
            aanvraag.Parameters["$melding"].Value = Datum(ontvangst.AddDays(-7));
            aanvraag.Parameters["$status"].Value = status;
            aanvraag.Parameters["$ontvangst"].Value = status == "Gemeld" ? DBNull.Value : Datum(ontvangst);
            aanvraag.Parameters["$uiterste"].Value = status == "Gemeld" ? DBNull.Value : Datum(ontvangst.AddDays(56));
            aanvraag.Parameters["$beh"].Value = toeval.Next(10) < 7 ? $"beh-{toeval.Next(40):00}" : DBNull.Value;
            await aanvraag.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await transactie.CommitAsync(TestContext.Current.CancellationToken);
        await using var analyse = verbinding.CreateCommand();
        analyse.CommandText = "ANALYZE";
        await analyse.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<string> PlanAsync(string bestand, string sql, IReadOnlyList<(string Naam, object? Waarde)> parameters)
    {
        await using var verbinding = new SqliteConnection($"Data Source={bestand}");
        await verbinding.OpenAsync(TestContext.Current.CancellationToken);
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (naam, waarde) in parameters)
        {
            opdracht.Parameters.AddWithValue(naam, waarde ?? DBNull.Value);
        }

        var plan = new StringBuilder();
        await using var lezer = await opdracht.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await lezer.ReadAsync(TestContext.Current.CancellationToken))
        {
            plan.AppendLine(CultureInfo.InvariantCulture, $"   {lezer.GetInt32(0),3} {lezer.GetInt32(1),3}  {lezer.GetString(3)}");
        }

        return plan.ToString();
    }

    /// <summary>The median of running the statement on a connection of its own and reading every row.</summary>
    private static async Task<double> TijdAsync(string bestand, string sql, IReadOnlyList<(string Naam, object? Waarde)> parameters)
    {
        await using var verbinding = new SqliteConnection($"Data Source={bestand}");
        await verbinding.OpenAsync(TestContext.Current.CancellationToken);
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        foreach (var (naam, waarde) in parameters)
        {
            opdracht.Parameters.AddWithValue(naam, waarde ?? DBNull.Value);
        }

        var tijden = new List<double>();
        for (var i = 0; i < Herhalingen + 1; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await using (var lezer = await opdracht.ExecuteReaderAsync(TestContext.Current.CancellationToken))
            {
                while (await lezer.ReadAsync(TestContext.Current.CancellationToken))
                {
                }
            }

            if (i > 0)
            {
                tijden.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        return Mediaan(tijden);
    }

    private static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Bsn(int acht)
    {
        var cijfers = acht.ToString("00000000", CultureInfo.InvariantCulture);
        var som = 0;
        for (var i = 0; i < 8; i++)
        {
            som += (9 - i) * (cijfers[i] - '0');
        }

        return cijfers + (som % 11 % 10).ToString(CultureInfo.InvariantCulture);  // a rare invalid one does not matter here
    }

    private static double Mediaan(IEnumerable<double> waarden)
    {
        var lijst = waarden.Order().ToList();
        return lijst.Count == 0 ? 0 : lijst[lijst.Count / 2];
    }

    /// <summary>Records every SQL query EF runs, with its parameters, from EF's diagnostic events.</summary>
    private sealed class SqlOpnemer : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable _alle;
        private readonly List<IDisposable> _abonnementen = [];
        private readonly Lock _slot = new();
        private readonly List<(string Sql, IReadOnlyList<(string Naam, object? Waarde)> Parameters)> _opgenomen = [];

        public SqlOpnemer() => _alle = DiagnosticListener.AllListeners.Subscribe(this);

        public IReadOnlyList<(string Sql, IReadOnlyList<(string Naam, object? Waarde)> Parameters)> Opgenomen
        {
            get
            {
                lock (_slot)
                {
                    return [.. _opgenomen];
                }
            }
        }

        public void Wis()
        {
            lock (_slot)
            {
                _opgenomen.Clear();
            }
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                _abonnementen.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.DataReaderDisposing.Name && value.Value is DataReaderDisposingEventData data)
            {
                var parameters = data.Command.Parameters.Cast<System.Data.Common.DbParameter>()
                    .Select(p => (p.ParameterName, (object?)p.Value)).ToList();
                lock (_slot)
                {
                    _opgenomen.Add((data.Command.CommandText, parameters));
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _alle.Dispose();
            _abonnementen.ForEach(a => a.Dispose());
        }
    }
}
