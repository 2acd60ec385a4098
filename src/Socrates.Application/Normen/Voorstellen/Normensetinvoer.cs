using Socrates.Domain.Geld;
using Socrates.Domain.Normen;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Normen.Voorstellen;

/// <summary>Between the form (or JSON file) and the domain: the command as a <see cref="Normeninhoud"/>, and a set as a prefilled command.</summary>
public static class Normensetinvoer
{
    /// <summary>The command's figures; call only when every field is filled (the validator has checked).</summary>
    public static Normeninhoud Inhoud(NormensetVoorstellen c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var bron = c.BronDocument!.Trim();
        return new Normeninhoud(
            c.Ingangsdatum!.Value,
            new Normbedragen
            {
                JongereAlleenstaande = E(c.JongereAlleenstaande), JongereAlleenstaandeOuder = E(c.JongereAlleenstaandeOuder),
                JongeGehuwden = E(c.JongeGehuwden), JongeGehuwdenMetKinderen = E(c.JongeGehuwdenMetKinderen),
                GemengdeGehuwden = E(c.GemengdeGehuwden), GemengdeGehuwdenMetKinderen = E(c.GemengdeGehuwdenMetKinderen),
                JongerenVerhoging = E(c.JongerenVerhoging),
                Alleenstaande = E(c.Alleenstaande), Gehuwden = E(c.Gehuwden),
                PensioenAlleenstaande = E(c.PensioenAlleenstaande), PensioenGehuwdenBeiden = E(c.PensioenGehuwdenBeiden),
                PensioenGehuwdenEen = E(c.PensioenGehuwdenEen),
                KostendelerJongereMetKinderen = E(c.KostendelerJongereMetKinderen), KostendelerJongere = E(c.KostendelerJongere),
                InrichtingAlleenstaande = E(c.InrichtingAlleenstaande), InrichtingGehuwden = E(c.InrichtingGehuwden),
                InrichtingVerhogingAlleenstaande = E(c.InrichtingVerhogingAlleenstaande), InrichtingVerhogingGehuwden = E(c.InrichtingVerhogingGehuwden),
                Bron = bron,
            },
            new Vrijlatingsbedragen(E(c.VrijlatingArbeid), E(c.VrijlatingAlleenstaandeOuder), bron),
            new Vermogensgrenzen(E(c.VermogensgrensAlleenstaande), E(c.VermogensgrensAlleenstaandeOuder), E(c.VermogensgrensGehuwden), bron),
            new Bruteringspercentages(Percentage.Van(c.BruteringOnderAow!.Value), Percentage.Van(c.BruteringVanafAow!.Value), bron),
            [.. Rijen(c)],
            new Normbron(bron, c.BronPublicatiedatum, c.BronVindplaats?.Trim() ?? ""));
    }

    public static IEnumerable<AowLeeftijdRij> Rijen(NormensetVoorstellen c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.AowLeeftijden.Where(r => r.Jaar is not null).Select(r => new AowLeeftijdRij(r.Jaar!.Value, r.Jaren ?? 0, r.Maanden ?? 0));
    }

    /// <summary>A set's figures as a command: the form prefilled with the set in force.</summary>
    public static NormensetVoorstellen Van(Normeninhoud i)
    {
        ArgumentNullException.ThrowIfNull(i);
        decimal? W(string veld) => Normvelden.Veld(veld).Lees(i);
        return new NormensetVoorstellen
        {
            JongereAlleenstaande = W(nameof(NormensetVoorstellen.JongereAlleenstaande)), JongeGehuwden = W(nameof(NormensetVoorstellen.JongeGehuwden)),
            GemengdeGehuwden = W(nameof(NormensetVoorstellen.GemengdeGehuwden)), JongereAlleenstaandeOuder = W(nameof(NormensetVoorstellen.JongereAlleenstaandeOuder)),
            JongeGehuwdenMetKinderen = W(nameof(NormensetVoorstellen.JongeGehuwdenMetKinderen)), GemengdeGehuwdenMetKinderen = W(nameof(NormensetVoorstellen.GemengdeGehuwdenMetKinderen)),
            JongerenVerhoging = W(nameof(NormensetVoorstellen.JongerenVerhoging)), Alleenstaande = W(nameof(NormensetVoorstellen.Alleenstaande)),
            Gehuwden = W(nameof(NormensetVoorstellen.Gehuwden)), PensioenAlleenstaande = W(nameof(NormensetVoorstellen.PensioenAlleenstaande)),
            PensioenGehuwdenBeiden = W(nameof(NormensetVoorstellen.PensioenGehuwdenBeiden)), PensioenGehuwdenEen = W(nameof(NormensetVoorstellen.PensioenGehuwdenEen)),
            KostendelerJongereMetKinderen = W(nameof(NormensetVoorstellen.KostendelerJongereMetKinderen)), KostendelerJongere = W(nameof(NormensetVoorstellen.KostendelerJongere)),
            InrichtingAlleenstaande = W(nameof(NormensetVoorstellen.InrichtingAlleenstaande)), InrichtingGehuwden = W(nameof(NormensetVoorstellen.InrichtingGehuwden)),
            InrichtingVerhogingAlleenstaande = W(nameof(NormensetVoorstellen.InrichtingVerhogingAlleenstaande)),
            InrichtingVerhogingGehuwden = W(nameof(NormensetVoorstellen.InrichtingVerhogingGehuwden)),
            VrijlatingArbeid = W(nameof(NormensetVoorstellen.VrijlatingArbeid)), VrijlatingAlleenstaandeOuder = W(nameof(NormensetVoorstellen.VrijlatingAlleenstaandeOuder)),
            VermogensgrensAlleenstaande = W(nameof(NormensetVoorstellen.VermogensgrensAlleenstaande)),
            VermogensgrensAlleenstaandeOuder = W(nameof(NormensetVoorstellen.VermogensgrensAlleenstaandeOuder)),
            VermogensgrensGehuwden = W(nameof(NormensetVoorstellen.VermogensgrensGehuwden)),
            BruteringOnderAow = W(nameof(NormensetVoorstellen.BruteringOnderAow)), BruteringVanafAow = W(nameof(NormensetVoorstellen.BruteringVanafAow)),
            AowLeeftijden = [.. i.AowLeeftijden.Select(r => new AowLeeftijdInvoer { Jaar = r.Jaar, Jaren = r.Jaren, Maanden = r.Maanden })],
        };
    }

    /// <summary>The command's value of a field of <see cref="Normvelden"/>, by name.</summary>
    public static decimal? Waarde(NormensetVoorstellen c, string veld) =>
        typeof(NormensetVoorstellen).GetProperty(veld)?.GetValue(c) as decimal?;

    private static Bedrag E(decimal? euro) => Bedrag.Euro(euro!.Value);
}
