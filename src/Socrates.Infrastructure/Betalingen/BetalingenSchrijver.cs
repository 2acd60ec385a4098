using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Infrastructure.Persistence;
using Socrates.Infrastructure.Persistence.Bulk;

namespace Socrates.Infrastructure.Betalingen;

/// <summary>A part's payment lines and set-offs in bulk (<see cref="Bulkschrijver"/>), in the transaction of the command that runs.</summary>
internal sealed class BetalingenSchrijver(SocratesDbContext db) : IBetalingenSchrijver
{
    /// <summary>Every column of <c>Betalingen</c> but its key, as <c>BetalingConfiguration</c> maps them.</summary>
    internal static readonly Bulktabel<Betaling> Betalingen = new Bulktabel<Betaling>("Betalingen")
        .Tekst("Gemeente", b => b.Gemeente.Waarde)
        .Int("BetaalrunId", b => b.BetaalrunId)
        .Datum("Maand", b => b.Maand)
        .Int("ToekenningId", b => b.ToekenningId)
        .Int("AanvraagId", b => b.AanvraagId)
        .Int("AanvragerId", b => b.AanvragerId)
        .Tekst("Naam", b => b.Naam)
        .TekstOfLeeg("Iban", b => b.Iban)
        .Int("Dagen", b => b.Dagen)
        .Int("DagenInMaand", b => b.DagenInMaand)
        .Long("Norm", b => b.Norm.Centen)
        .Long("InkomenInAanmerking", b => b.InkomenInAanmerking.Centen)
        .Long("Bijstand", b => b.Bijstand.Centen)
        .Long("VakantietoeslagGereserveerd", b => b.VakantietoeslagGereserveerd.Centen)
        .Long("VakantietoeslagUitbetaald", b => b.VakantietoeslagUitbetaald.Centen)
        .Long("Verrekend", b => b.Verrekend.Centen)
        .Long("TeBetalen", b => b.TeBetalen.Centen)
        .LongOfLeeg("VorigBedrag", b => b.VorigBedrag?.Centen)
        .Int("Signalen", b => (int)b.Signalen)
        .Datum("Betreft", b => b.Betreft)
        .Tekst("Soort", b => Enum.GetName(b.Soort) ?? throw new InvalidOperationException($"Onbekende betalingsoort {b.Soort}."))
        .LongOfLeeg("VakantietoeslagSaldo", b => b.VakantietoeslagSaldo?.Centen);

    /// <summary>Every column of <c>BetalingVerrekeningen</c> but its key.</summary>
    internal static readonly Bulktabel<BetalingVerrekening> Verrekeningen = new Bulktabel<BetalingVerrekening>("BetalingVerrekeningen")
        .Tekst("Gemeente", v => v.Gemeente.Waarde)
        .Int("BetaalrunId", v => v.BetaalrunId)
        .Datum("Maand", v => v.Maand)
        .Int("ToekenningId", v => v.ToekenningId)
        .Int("TerugvorderingId", v => v.TerugvorderingId)
        .Long("Bedrag", v => v.Bedrag.Centen);

    public async Task SchrijfAsync(IReadOnlyList<Betaling> betalingen, IReadOnlyList<BetalingVerrekening> verrekeningen, CancellationToken cancellationToken)
    {
        await Bulkschrijver.SchrijfAsync(db, Betalingen, betalingen, cancellationToken);
        await Bulkschrijver.SchrijfAsync(db, Verrekeningen, verrekeningen, cancellationToken);
    }
}
