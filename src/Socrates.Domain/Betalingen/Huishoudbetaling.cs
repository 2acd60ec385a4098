using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// One household's lines in the run of a month (docs/betalingen.md): a maandbetaling per toekenning running in the month,
/// the last of which is the household's anchor (verrekening, vakantietoeslag payout, the balance after the run); when the
/// household is looked back on, a nabetaling line per earlier month whose ledger shows money owed or a reservation to
/// correct, and a voorschotverrekening per earlier month paid as a voorschot and paid too much (art. 52 lid 4); and for a
/// household whose bijstand ended, the eindafrekening of its open vakantietoeslag.
/// Art. 45 lid 1 Participatiewet: the vakantietoeslag is paid in the payout month over the preceding twelve months (the
/// open balance; the month's own share waits) and with the last payment (the balance and the month's share), or within
/// three months after the end (the eindafrekening in the next run).
/// </summary>
public static class Huishoudbetaling
{
    public sealed record Invoer
    {
        /// <summary>The run month.</summary>
        public required DateOnly Maand { get; init; }

        /// <summary>The household's toekenningen running in the month, oldest ingangsdatum first; the last is the anchor.</summary>
        public required IReadOnlyList<Betaalinvoer> Lopend { get; init; }

        /// <summary>For a household without a running toekenning: its latest toekenning, on which the eindafrekening hangs.</summary>
        public Betaalinvoer? Beeindigd { get; init; }

        /// <summary>The open reservation after the definitive runs before this one.</summary>
        public required Bedrag SaldoVorigeRun { get; init; }

        /// <summary>The ledger up to the month before, when the household is looked back on from <see cref="TerugblikVanaf"/>.</summary>
        public Huishoudgrootboek? Grootboek { get; init; }

        public DateOnly? TerugblikVanaf { get; init; }

        public required bool Uitbetaalmaand { get; init; }

        /// <summary>The months the run holds back (an opschorting, or an opgave not in): not paid now, not looked back on.</summary>
        public Aanhouding Aanhouding { get; init; } = Aanhouding.Geen;

        /// <summary>Gets the room above the beslagvrije voet of the anchor's payment; returns what the household's claims take.</summary>
        public Func<Bedrag, IReadOnlyList<(int TerugvorderingId, Bedrag Bedrag)>> Verrekenen { get; init; } = _ => [];
    }

    public static IReadOnlyList<Betaalregel> Maak(Invoer invoer)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        // A held month (docs/inkomsten.md): its lines are written, so the household is in the run with the reason, but they pay
        // and reserve nothing and pay out no reservation; the look-back of earlier months that are not held goes on. The
        // first run after the hold ends pays the month through its look-back.
        var reden = invoer.Lopend.Count > 0 ? invoer.Aanhouding.Reden(invoer.Maand) : Signaal.Geen;
        var gehouden = reden != Signaal.Geen;
        if (gehouden)
        {
            invoer = invoer with { Lopend = [.. invoer.Lopend.Select(l => l with { Recht = false })] };
        }

        var anker = invoer.Lopend.Count > 0 ? invoer.Lopend[^1] : invoer.Beeindigd
            ?? throw new ArgumentException("Een huishouden zonder lopende toekenning heeft zijn laatste toekenning nodig.", nameof(invoer));
        var terugblik = Terugblik(invoer, anker);
        var correcties = terugblik.Aggregate(Bedrag.Nul, (som, r) => som + r.VakantietoeslagGereserveerd);
        var regels = new List<Betaalregel>(terugblik.Length + invoer.Lopend.Count + 1);
        regels.AddRange(terugblik);
        Bedrag saldo;
        if (invoer.Lopend.Count > 0)
        {
            var vooraf = invoer.SaldoVorigeRun + correcties;
            for (var i = 0; i < invoer.Lopend.Count - 1; i++)
            {
                var overig = Betaalregel.Maak(invoer.Lopend[i] with { VakantietoeslagSaldoVooraf = null }, _ => []);
                vooraf += overig.VakantietoeslagGereserveerd;
                regels.Add(overig);
            }

            var laatste = !gehouden && anker.Einddatum is { } einde && einde <= Maand.Van(invoer.Maand).Laatste;
            var uitbetaling = gehouden ? Bedrag.Nul : laatste ? vooraf : invoer.Uitbetaalmaand ? invoer.SaldoVorigeRun + correcties : Bedrag.Nul;
            var hoofdregel = Betaalregel.Maak(
                anker with { VakantietoeslagUitbetaling = uitbetaling, LaatsteBetaling = laatste, VakantietoeslagSaldoVooraf = vooraf }, invoer.Verrekenen);
            regels.Add(hoofdregel);
            saldo = hoofdregel.VakantietoeslagSaldo!.Value;
        }
        else
        {
            saldo = invoer.SaldoVorigeRun + correcties;
            if (saldo > Bedrag.Nul)
            {
                regels.Add(Betaalregel.Eindafrekening(anker, saldo));
                saldo = Bedrag.Nul;
            }
        }

        regels.AddRange(Voorschotverrekening(invoer, anker, Bedrag.Som(regels.Select(r => r.TeBetalen))));

        // The anchor's other lines (look-back, voorschotverrekening, eindafrekening) carry the balance after the run too.
        for (var i = 0; i < regels.Count; i++)
        {
            if (regels[i].ToekenningId == anker.ToekenningId && regels[i].VakantietoeslagSaldo != saldo)
            {
                regels[i] = regels[i] with { VakantietoeslagSaldo = saldo };
            }
        }

        // A held month's lines carry its reason instead of "nul"; a month paid before its opgave is marked as a voorschot.
        var (weg, erbij) = gehouden ? (Signaal.NulOfNegatief, reden)
            : invoer.Lopend.Count > 0 && invoer.Aanhouding.BetaaltAlsVoorschot(invoer.Maand) ? (Signaal.Geen, Signaal.Voorschot) : (Signaal.Geen, Signaal.Geen);
        for (var i = 0; i < regels.Count && (weg | erbij) != Signaal.Geen; i++)
        {
            if (regels[i].Soort == BetalingSoort.Maandbetaling)
            {
                regels[i] = regels[i] with { Signalen = (regels[i].Signalen & ~weg) | erbij };
            }
        }

        return regels;
    }

    /// <summary>
    /// Art. 52 lid 4 Participatiewet: the bijstand established for a month paid as a voorschot is set off against that
    /// voorschot without the client's authorisation. Per such month of the look-back, oldest first, what it was paid above
    /// its recht and is not yet claimed is taken from this run's payment, as far as the payment goes (never below nothing);
    /// what it cannot take stays in the ledger as paid too much, for a terugvordering (art. 58 lid 2 onder d).
    /// </summary>
    private static IEnumerable<Betaalregel> Voorschotverrekening(Invoer invoer, Betaalinvoer anker, Bedrag ruimte)
    {
        if (invoer.Grootboek is not { } grootboek || invoer.TerugblikVanaf is not { } vanaf)
        {
            yield break;
        }

        foreach (var m in grootboek.Maanden.Where(m => m.Maand >= vanaf && m.Maand < invoer.Maand && m.IsVoorschot && !invoer.Aanhouding.Houdt(m.Maand)))
        {
            var bedrag = Bedrag.Min(m.NogTeVorderen, ruimte);
            if (bedrag <= Bedrag.Nul)
            {
                continue;
            }

            ruimte -= bedrag;
            yield return Betaalregel.Voorschotverrekening(anker, m.Maand, m.Dagen, m.DagenInMaand, bedrag);
        }
    }

    /// <summary>The look-back's lines: per earlier month the ledger's nabetaling and the correction of its reservation.</summary>
    private static Betaalregel[] Terugblik(Invoer invoer, Betaalinvoer anker)
    {
        if (invoer.Grootboek is not { } grootboek || invoer.TerugblikVanaf is not { } vanaf)
        {
            return [];
        }

        return [.. grootboek.Maanden
            .Where(m => m.Maand >= vanaf && m.Maand < invoer.Maand && (m.Nabetalen > Bedrag.Nul || m.VakantietoeslagCorrectie != Bedrag.Nul)
                        && !invoer.Aanhouding.Houdt(m.Maand))
            .Select(m => Betaalregel.Nabetaling(anker, m.Maand, m.Dagen, m.DagenInMaand, m.VakantietoeslagCorrectie, m.Nabetalen))];
    }
}
