using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Infrastructure.Demo;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Gemeenten;

/// <summary>
/// The start-up check of the one member list, <see cref="Leden.Alle"/>: everything per member derives from it or the
/// app refuses to start, with every gap named. Demo data (<see cref="Demoleden"/>) exists for exactly the members when
/// demo users or dossiers are on; <c>Betaalrekeningen:&lt;code&gt;</c> names only members, with a valid IBAN, and in
/// Development every member has one; after migrating, every member has its <c>Gemeenten</c> row and a first version of
/// its rules, and the database has no row of a non-member. The checklist is in docs/gemeenten.md.
/// </summary>
public static class Ledencontrole
{
    public const string Sectie = "Betaalrekeningen";

    /// <summary>Everything wrong with the member list against the code and the configuration; empty when all is well.</summary>
    public static IReadOnlyList<string> Fouten(IReadOnlyList<Lid> leden, IConfiguration configuration, bool demo, bool development)
    {
        ArgumentNullException.ThrowIfNull(leden);
        ArgumentNullException.ThrowIfNull(configuration);
        var fouten = new List<string>();
        fouten.AddRange(leden.GroupBy(l => l.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key} staat meer dan eens in Leden.Alle."));
        fouten.AddRange(leden.GroupBy(l => l.Kortenaam).Where(g => g.Count() > 1).Select(g => $"De korte naam {g.Key} staat meer dan eens in Leden.Alle."));
        foreach (var lid in leden)
        {
            if (lid.Kortenaam.Length == 0 || !lid.Kortenaam.All(char.IsAsciiLetterLower))
            {
                fouten.Add($"{lid.Code}: de korte naam '{lid.Kortenaam}' is niet alleen kleine letters (zij staat in e-mailadressen).");
            }

            var b = lid.Briefhoofd;
            if (new[] { b.Naam, b.Bezoekadres, b.Postadres, b.Telefoon, b.Website, b.OndertekenaarNaam, b.OndertekenaarFunctie }.Any(string.IsNullOrWhiteSpace))
            {
                fouten.Add($"{lid.Code}: het briefhoofd in Leden is niet compleet.");
            }

            if (demo && Demoleden.Zoek(lid) is null)
            {
                fouten.Add($"{lid.Code} ({lid.Naam}) heeft geen demogegevens in Demoleden.Alle (namen van de demogebruikers, straten).");
            }

            var iban = configuration[$"{Sectie}:{lid.Code.Waarde}:Iban"];
            if (iban is not null && !Iban.IsGeldig(iban))
            {
                fouten.Add($"{Sectie}:{lid.Code.Waarde}:Iban is geen geldig IBAN.");
            }
            else if (iban is null && development)
            {
                fouten.Add($"{lid.Code} ({lid.Naam}) heeft geen betaalrekening: zet {Sectie}:{lid.Code.Waarde}:Iban en :Bic (appsettings.Development.json).");
            }
        }

        var codes = leden.Select(l => l.Code.Waarde).ToHashSet(StringComparer.Ordinal);
        fouten.AddRange(configuration.GetSection(Sectie).GetChildren().Where(c => !codes.Contains(c.Key))
            .Select(c => $"{Sectie}:{c.Key} hoort bij geen lid van Leden.Alle."));
        if (demo)
        {
            fouten.AddRange(Demoleden.Alle.Where(d => !codes.Contains(d.Code)).Select(d => $"Demoleden.Alle heeft {d.Code}, dat geen lid is."));
        }

        return fouten;
    }

    /// <summary>Refuses to start when <see cref="Fouten"/> finds anything.</summary>
    public static void Controleer(IConfiguration configuration, bool demo, bool development) =>
        Weiger(Fouten(Leden.Alle, configuration, demo, development));

    /// <summary>After migrating: every member has its row and its first rules, and there is no row of a non-member.</summary>
    public static async Task ControleerDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocratesDbContext>();
        var fouten = new List<string>();
        var codes = await db.Gemeenten.AsNoTracking().Select(g => g.Code).ToListAsync(cancellationToken);
        fouten.AddRange(codes.Where(c => Leden.Zoek(c) is null).Select(c => $"De tabel Gemeenten heeft {c}, dat geen lid is in Leden.Alle."));
        foreach (var lid in Leden.Alle)
        {
            if (!codes.Contains(lid.Code))
            {
                fouten.Add($"{lid.Code} ({lid.Naam}) heeft geen rij in Gemeenten: maak de migratie voor het nieuwe lid (docs/gemeenten.md).");
            }
            else if (!await db.InstellingenVan(lid.Code).AnyAsync(cancellationToken))
            {
                fouten.Add($"{lid.Code} ({lid.Naam}) heeft geen gemeenteregels in {lid.InstellingenTabel}.");
            }
        }

        Weiger(fouten);
    }

    private static void Weiger(IReadOnlyList<string> fouten)
    {
        if (fouten.Count > 0)
        {
            throw new InvalidOperationException(
                "De ledenlijst (Leden.Alle) en wat ervan afhangt kloppen niet; zie docs/gemeenten.md, 'Adding a member':"
                + Environment.NewLine + string.Join(Environment.NewLine, fouten.Select(f => "- " + f)));
        }
    }
}
