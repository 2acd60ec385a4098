using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Socrates.Application.Beheer.Vernietiging;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Terugvorderingen;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Bewaren;

/// <summary>
/// Destroys one dossier (Archiefwet 1995 art. 5; AVG art. 5 lid 1 onder e) inside the command's transaction:
/// <list type="bullet">
/// <item>deleted: the notes, the letters (beschikkingen), the household members (kinderen, medebewoners), income,
/// possessions and bewijsstukken of its aanvragen, the inkomstenopgaven, opschortingen, the opgaveplicht, the
/// extensions with their reasons, the bezwaren (gronden, hoorverslag, motivering) and the heronderzoeken (bevindingen); a partner who has no dossier of his own is deleted too;</item>
/// <item>emptied: every text of the aanvragen, toekenningen and terugvorderingen (grounds, motivations, notes, names,
/// addresses), found from the EF model, so a text column added later is emptied too;</item>
/// <item>kept with their amounts: toekenningen, betalingen, the terugvordering ledger, under the reference of the
/// anonymised record; the person record stays as that reference, with a stand-in BSN and nothing else.</item>
/// </list>
/// A partner who has a dossier of his own (or appears in another dossier) is left as he is; only the link goes.
/// </summary>
internal sealed class Dossiervernietiging(SocratesDbContext db) : IDossiervernietiging
{
    /// <summary>Texts that are not about the person: a claim's payment reference and the municipality's own account.</summary>
    private static readonly HashSet<string> Bewaren = new(StringComparer.Ordinal) { nameof(Terugvordering.Kenmerk) };

    public async Task VernietigAsync(int persoonId, VernietigdDossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var verwijzing = dossier.Verwijzing;
        var aanvragen = await db.Aanvragen
            .Include(a => a.Kinderen).Include(a => a.Medebewoners).Include(a => a.Inkomsten).Include(a => a.Bezittingen).Include(a => a.Bewijsstukken)
            .Where(a => a.AanvragerId == persoonId)
            .ToListAsync(cancellationToken);
        var aanvraagIds = aanvragen.Select(a => a.Id).ToList();
        var partners = aanvragen.Where(a => a.PartnerId is not null && a.PartnerId != persoonId).Select(a => a.PartnerId!.Value).Distinct().ToList();
        var toekenningen = await db.Toekenningen.Include(t => t.Regels).Where(t => t.AanvragerId == persoonId).ToListAsync(cancellationToken);
        var toekenningIds = toekenningen.Select(t => t.Id).ToList();

        await db.Notities.Where(n => aanvraagIds.Contains(n.AanvraagId)).ExecuteDeleteAsync(cancellationToken);
        await db.Beschikkingen.Where(b => aanvraagIds.Contains(b.AanvraagId)).ExecuteDeleteAsync(cancellationToken);
        await db.Inkomstenopgaven.Where(o => o.AanvragerId == persoonId).ExecuteDeleteAsync(cancellationToken);
        await db.Opschortingen.Where(o => o.AanvragerId == persoonId).ExecuteDeleteAsync(cancellationToken);
        await db.Opgaveplichten.Where(o => o.AanvragerId == persoonId).ExecuteDeleteAsync(cancellationToken);
        await db.Bewaartermijnverlengingen.Where(v => v.PersoonId == persoonId).ExecuteDeleteAsync(cancellationToken);
        await db.Bezwaren.Where(b => b.PersoonId == persoonId).ExecuteDeleteAsync(cancellationToken);
        await db.Heronderzoeken.Where(h => h.AanvragerId == persoonId || aanvraagIds.Contains(h.AanvraagId)).ExecuteDeleteAsync(cancellationToken);
        await db.Betalingen.Where(b => b.AanvragerId == persoonId || toekenningIds.Contains(b.ToekenningId))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Naam, verwijzing).SetProperty(b => b.Iban, (string?)null), cancellationToken);
        await db.Dwangsombetalingen.Where(d => aanvraagIds.Contains(d.AanvraagId))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Naam, verwijzing).SetProperty(d => d.Iban, (string?)null), cancellationToken);
        await db.Terugbetalingen.Where(t => t.DebiteurId == persoonId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Naam, verwijzing).SetProperty(t => t.Iban, (string?)null), cancellationToken);
        await db.Proceskostenbetalingen.Where(p => p.PersoonId == persoonId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Naam, verwijzing).SetProperty(p => p.Iban, (string?)null), cancellationToken);

        foreach (var aanvraag in aanvragen)
        {
            var entry = db.Entry(aanvraag);
            foreach (var huishouden in new[] { "Kinderen", "Medebewoners", "Inkomsten", "Bezittingen", "Bewijsstukken" })
            {
                (entry.Collection(huishouden).CurrentValue as System.Collections.IList)?.Clear();
            }

            entry.Property(a => a.PartnerId).CurrentValue = null;
            Wis(entry);
        }

        foreach (var toekenning in toekenningen)
        {
            Wis(db.Entry(toekenning));
            foreach (var regel in toekenning.Regels)
            {
                Wis(db.Entry(regel));
            }
        }

        var vorderingen = await db.Terugvorderingen.Where(t => t.DebiteurId == persoonId || toekenningIds.Contains(t.ToekenningId))
            .ToListAsync(cancellationToken);
        foreach (var vordering in vorderingen.Where(v => v.DebiteurId == persoonId))
        {
            var entry = db.Entry(vordering);
            Wis(entry);
            foreach (var eigen in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned() && r.TargetEntry is not null))
            {
                Wis(eigen.TargetEntry!);
            }
        }

        await WisGrootboekteksten(vorderingen.Where(v => v.DebiteurId == persoonId).Select(v => v.Id).ToList(), cancellationToken);

        var persoon = await db.Personen.SingleAsync(p => p.Id == persoonId, cancellationToken);
        persoon.Vernietigen(Pseudoniem.Voor(dossier.Id), verwijzing);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var partner in partners)
        {
            var elders = await db.Aanvragen.AnyAsync(a => a.AanvragerId == partner || a.PartnerId == partner, cancellationToken)
                || await db.Terugvorderingen.AnyAsync(t => t.DebiteurId == partner, cancellationToken)
                || await db.Toekenningen.AnyAsync(t => t.AanvragerId == partner, cancellationToken)
                || await db.Opgaveplichten.AnyAsync(o => o.AanvragerId == partner, cancellationToken)
                || await db.Vernietigingslijsten.AnyAsync(l => l.Regels.Any(r => r.PersoonId == partner), cancellationToken);
            if (!elders)
            {
                await db.Personen.Where(p => p.Id == partner).ExecuteDeleteAsync(cancellationToken);
            }
        }
    }

    /// <summary>Every text of the entity and of its complex parts, emptied (null where allowed); keys and enums stay.</summary>
    private static void Wis(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            Wis(property);
        }

        foreach (var deel in entry.ComplexProperties)
        {
            Wis(deel);
        }
    }

    private static void Wis(ComplexPropertyEntry deel)
    {
        if (deel.CurrentValue is null)
        {
            return;
        }

        foreach (var property in deel.Properties)
        {
            Wis(property);
        }

        foreach (var binnen in deel.ComplexProperties)
        {
            Wis(binnen);
        }
    }

    private static void Wis(PropertyEntry property)
    {
        var kenmerk = property.Metadata;
        if (kenmerk.ClrType != typeof(string) || kenmerk.IsKey() || kenmerk.IsForeignKey() || Bewaren.Contains(kenmerk.Name)
            || property.CurrentValue is null or "")
        {
            return;
        }

        property.CurrentValue = kenmerk.IsNullable ? null : "";
    }

    /// <summary>
    /// The ledger of a claim is append-only for every command (GrootboekInterceptor), and keeps its amounts here too;
    /// only its texts (description, reference, booked by), which may hold personal data, are emptied, in SQL.
    /// </summary>
    private async Task WisGrootboekteksten(List<int> terugvorderingen, CancellationToken cancellationToken)
    {
        if (terugvorderingen.Count == 0)
        {
            return;
        }

        var type = db.Model.FindEntityType(typeof(Mutatie))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var tabel = sql.DelimitIdentifier(type.GetTableName()!);
        var kolommen = type.GetProperties().Where(p => p.ClrType == typeof(string) && !p.IsKey() && !p.IsForeignKey())
            .Select(p => $"{sql.DelimitIdentifier(p.GetColumnName())} = {(p.IsNullable ? "NULL" : "''")}");
        var sleutel = sql.DelimitIdentifier("TerugvorderingId");
        var ids = string.Join(", ", terugvorderingen.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
#pragma warning disable EF1002 // identifiers from the model and integer ids only: nothing from a user reaches this text
        await db.Database.ExecuteSqlRawAsync($"UPDATE {tabel} SET {string.Join(", ", kolommen)} WHERE {sleutel} IN ({ids})", cancellationToken);
#pragma warning restore EF1002
    }
}
