using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betalingen.Grootboek;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Betaalruns.Uitvoeren;

/// <summary>
/// The lines of a part's changed households (docs/betalingen.md): each household's whole chain is loaded (its other
/// toekenningen may lie in other parts), its anchor found (its latest toekenning running in the month, or for an ended
/// household its latest toekenning), the ledger computed from the look-back's first month, and the household's lines made by
/// <see cref="Huishoudbetaling"/>. A part writes only the lines of toekenningen in its own range: the anchor's part writes
/// the look-back, payout and eindafrekening; another part that holds one of its toekenningen writes that one's plain line.
/// </summary>
public sealed class Ketenbetaler(ISocratesDb db, Ketenlader lader, Rechtberekenaar recht)
{
    public sealed record Opdracht(
        GemeenteCode Gemeente, DateOnly Maand, int Van, int Tot, GemeenteInstellingen Instellingen, LandelijkeNormen Landelijk, Runstand Stand, IReadOnlyDictionary<int, Vorigemaand> Vorige,
        IReadOnlyDictionary<int, DateOnly> Terugblikken, IReadOnlyDictionary<int, Aanhouding> Aanhoudingen)
    {
        /// <summary>
        /// From which month the run looks back on a household: the look-back of a changed chain (<see cref="Terugblik"/>) or
        /// the first month of an indexering or inkomstenopgave it still waits for (<see cref="Terugblikken"/>), whichever is
        /// earlier; null when neither applies.
        /// </summary>
        public DateOnly? TerugblikVanaf(Keten keten)
        {
            ArgumentNullException.ThrowIfNull(keten);
            var vanaf = Terugblik.Vanaf(keten.Stand, Maand, Stand.Overgangsmaand, Stand.Sinds);
            if (Terugblikken.TryGetValue(keten.AanvragerId, out var index) && index < Maand && (vanaf is null || index < vanaf))
            {
                return index;
            }

            return vanaf;
        }
    }

    /// <summary>
    /// The lines of the changed households: <paramref name="lopend"/> are the part's toekenningen running in the month of those
    /// households, computed; <paramref name="beeindigd"/> the toekenningen in the part's range whose end was decided since the
    /// last definitive run; <paramref name="vorderingen"/> the claims to set off, per aanvrager.
    /// </summary>
    public async Task<IReadOnlyList<Betaalregel>> BetaalAsync(
        Opdracht opdracht, IReadOnlyList<Betaalinvoer> lopend, IReadOnlyList<int> beeindigd, ILookup<int, Terugvordering> vorderingen,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opdracht);
        ArgumentNullException.ThrowIfNull(lopend);
        var eindigend = opdracht.Stand.RecentBeeindigd.Where(g => g.Any(beeindigd.Contains)).Select(g => g.Key);
        var aanvragers = lopend.Select(i => i.AanvragerId).Concat(eindigend).Concat(opdracht.Terugblikken.Keys).Distinct().ToList();
        if (aanvragers.Count == 0)
        {
            return [];
        }

        var ketens = await lader.LaadAsync(aanvragers, cancellationToken);
        var personen = await db.Personen.AsNoTracking().Where(p => aanvragers.Contains(p.Id))
            .Select(p => new { p.Id, p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Iban }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var inBereik = lopend.ToDictionary(i => i.ToekenningId);
        var regels = new List<Betaalregel>();
        foreach (var keten in ketens.PerAanvrager.Values)
        {
            var persoon = personen[keten.AanvragerId];
            var naam = Persoon.Volledig(persoon.Voornamen, persoon.Voorvoegsel, persoon.Achternaam);
            var lopendeKeten = keten.Toekenningen.Where(t => t.DagenIn(opdracht.Maand) > 0).OrderBy(t => t.Ingangsdatum).ThenBy(t => t.Id).ToList();
            var anker = lopendeKeten.Count > 0 ? lopendeKeten[^1] : keten.Toekenningen.OrderBy(t => t.Ingangsdatum).ThenBy(t => t.Id).Last();
            if (anker.Id < opdracht.Van || anker.Id > opdracht.Tot)
            {
                // Another part holds the anchor and writes the household's payout and look-back: here only the plain lines.
                regels.AddRange(lopendeKeten.Where(t => inBereik.ContainsKey(t.Id)).Select(t => Betaalregel.Maak(inBereik[t.Id], _ => [])));
                continue;
            }

            var invoer = lopendeKeten.Select(t => inBereik.GetValueOrDefault(t.Id) ?? Invoer(opdracht, t, ketens, naam, persoon.Iban?.Waarde)).ToList();
            var vanaf = opdracht.TerugblikVanaf(keten);
            var tot = opdracht.Maand.AddMonths(-1);
            var grootboek = vanaf is { } v
                ? keten.Grootboek(await recht.RechtAsync(opdracht.Gemeente, keten.Toekenningen, ketens.Huishoudens, v, tot, cancellationToken), v, tot)
                : null;
            var huishouden = Huishoudbetaling.Maak(new Huishoudbetaling.Invoer
            {
                Maand = opdracht.Maand, Lopend = invoer, SaldoVorigeRun = Vakantietoeslagdekking.Bereken(keten.Posten).Saldo, Grootboek = grootboek,
                TerugblikVanaf = vanaf, Uitbetaalmaand = opdracht.Maand.Month == opdracht.Instellingen.VakantietoeslagUitbetaalmaand,
                Beeindigd = invoer.Count == 0 ? Invoer(opdracht, anker, ketens, naam, persoon.Iban?.Waarde) with { Recht = false } : null,
                Verrekenen = DeelBerekenaar.Verrekenen(vorderingen[keten.AanvragerId], opdracht.Maand),
                Aanhouding = opdracht.Aanhoudingen.GetValueOrDefault(keten.AanvragerId) ?? Aanhouding.Geen,
            });
            regels.AddRange(huishouden.Where(r => r.ToekenningId >= opdracht.Van && r.ToekenningId <= opdracht.Tot));
        }

        return regels;
    }

    /// <summary>A toekenning of the chain that lies outside this part, computed from the chain's own household.</summary>
    private static Betaalinvoer Invoer(Opdracht opdracht, Ketentoekenning t, Ketens ketens, string naam, string? iban)
    {
        var huishouden = ketens.Huishoudens[t.AanvraagId] with { Ingang = t.Ingangsdatum };
        var berekening = Rechtberekenaar.Bereken(huishouden, opdracht.Maand, opdracht.Instellingen, opdracht.Landelijk);
        var vorig = opdracht.Vorige.GetValueOrDefault(t.AanvragerId);
        return new Betaalinvoer
        {
            Maand = opdracht.Maand, ToekenningId = t.Id, AanvraagId = t.AanvraagId, AanvragerId = t.AanvragerId, Naam = naam, Iban = iban,
            Ingangsdatum = t.Ingangsdatum, Einddatum = t.Einddatum, SvbBevoegdVanaf = SvbBevoegdheid.Vanaf(huishouden.AanvragerGeboren, huishouden.PartnerGeboren, opdracht.Landelijk.AowLeeftijden),
            Recht = berekening?.Recht ?? false, Norm = berekening?.Norm ?? Bedrag.Nul,
            InkomenInAanmerking = berekening?.InkomenInAanmerking ?? Bedrag.Nul, BijstandHeleMaand = berekening?.Bijstand ?? Bedrag.Nul,
            VorigBedrag = vorig?.TeBetalen, VorigeVakantietoeslagUitbetaald = vorig?.Uitbetaald ?? Bedrag.Nul,
            BeslagvrijeVoetPercentage = opdracht.Instellingen.BeslagvrijeVoetPercentage, BeslagvrijeVoetGrondslag = opdracht.Instellingen.BeslagvrijeVoetGrondslag,
        };
    }
}
