using Socrates.Domain.Geld;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// What <c>controle</c> finds in a household's ledger (docs/betalingen.md, Controle): the lines that do not add up and the
/// vakantietoeslag's afwijkingen (from <see cref="Huishoudgrootboek"/>), claims above what was paid too much, and money a
/// definitive run should have settled but did not: a positive difference or a reservation still to correct in a month up to
/// the last definitive run, or an ended household's open reservation. Not an afwijking, and counted apart: what waits for the
/// next run's look-back (the chain changed since the last definitive run), and what was paid too much and waits for a claim
/// (not a voorschot month the next run sets off).
/// </summary>
public static class Grootboekcontrole
{
    public sealed record Uitkomst(IReadOnlyList<Grootboekafwijking> Afwijkingen, Bedrag NogTeVorderen, Bedrag NogNaTeBetalen);

    /// <param name="grootboek">The household's ledger up to at least the last definitive run.</param>
    /// <param name="laatsteDefinitief">The month of the municipality's last definitive run, if any.</param>
    /// <param name="wachtOpTerugblik">The next run looks back on this household (its chain changed since the last definitive run).</param>
    /// <param name="lopendNaLaatsteRun">A toekenning of the household runs after the last definitive run: its bijstand has not ended.</param>
    /// <param name="aanhouding">The months the runs hold back (docs/inkomsten.md): what they owe waits, like a look-back, and is no afwijking.</param>
    public static Uitkomst Controleer(
        Huishoudgrootboek grootboek, DateOnly? laatsteDefinitief, bool wachtOpTerugblik, bool lopendNaLaatsteRun, Aanhouding? aanhouding = null)
    {
        ArgumentNullException.ThrowIfNull(grootboek);
        var afwijkingen = new List<Grootboekafwijking>(grootboek.Afwijkingen);
        var nogNaTeBetalen = Bedrag.Nul;
        foreach (var m in grootboek.Maanden)
        {
            if (m.TeVeelGevorderd > Bedrag.Nul)
            {
                afwijkingen.Add(new(Afwijkingsoort.TeVeelTeruggevorderd, m.Maand, null,
                    $"Over {m.Maand:MM-yyyy} is {m.Teruggevorderd} teruggevorderd, {m.TeVeelGevorderd} meer dan te veel is betaald ({m.TeveelBetaald})."));
            }

            if (laatsteDefinitief is not { } laatste || m.Maand > laatste || (m.Nabetalen == Bedrag.Nul && m.VakantietoeslagCorrectie == Bedrag.Nul))
            {
                continue;
            }

            if (wachtOpTerugblik || aanhouding?.Houdt(m.Maand) == true)
            {
                nogNaTeBetalen += m.Nabetalen;
            }
            else
            {
                afwijkingen.Add(new(Afwijkingsoort.NietNabetaald, m.Maand, null,
                    $"{m.Maand:MM-yyyy} is na de betaalruns niet afgewikkeld: nog na te betalen {m.Nabetalen}, reservering vakantietoeslag te corrigeren met {m.VakantietoeslagCorrectie}."));
            }
        }

        if (!lopendNaLaatsteRun && laatsteDefinitief is not null && grootboek.VakantietoeslagSaldo > Bedrag.Nul && !wachtOpTerugblik)
        {
            afwijkingen.Add(new(Afwijkingsoort.Vakantietoeslag, laatsteDefinitief, null,
                $"De bijstand is beëindigd, maar er staat nog {grootboek.VakantietoeslagSaldo} vakantietoeslag gereserveerd (art. 45 lid 1: binnen drie maanden uitbetalen)."));
        }

        // A month paid as a voorschot whose opgave came in is set off by the next run (art. 52 lid 4): it waits for that, not for a claim.
        return new Uitkomst(
            afwijkingen, Bedrag.Som(grootboek.Maanden.Where(m => !(wachtOpTerugblik && m.IsVoorschot)).Select(m => m.NogTeVorderen)), nogNaTeBetalen);
    }
}
