using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Betalingen;

/// <summary>A line of a definitive run as the ledger reads it: what was paid, in which run, for which month.</summary>
public sealed record Betaalpost
{
    public long Id { get; init; }

    /// <summary>The run month.</summary>
    public required DateOnly Maand { get; init; }

    /// <summary>The month the money concerns.</summary>
    public required DateOnly Betreft { get; init; }

    public required BetalingSoort Soort { get; init; }

    public required int ToekenningId { get; init; }

    public int Dagen { get; init; }

    public int DagenInMaand { get; init; }

    public required Bedrag Bijstand { get; init; }

    public required Bedrag VakantietoeslagGereserveerd { get; init; }

    public required Bedrag VakantietoeslagUitbetaald { get; init; }

    public required Bedrag Verrekend { get; init; }

    public required Bedrag TeBetalen { get; init; }

    public Bedrag? VakantietoeslagSaldo { get; init; }

    /// <summary>The line's signals; the ledger reads <see cref="Signaal.Voorschot"/> from them (a month paid as a voorschot).</summary>
    public Signaal Signalen { get; init; }

    /// <summary>The account the line was paid to, as it stood when computed (for the dossier, shown by its last four characters).</summary>
    public string? Iban { get; init; }

    /// <summary>The maanddeel transferred: the bijstand minus what of it was reserved as vakantietoeslag.</summary>
    public Bedrag Maandbedrag => Bijstand - VakantietoeslagGereserveerd;

    public static Betaalpost Van(Betaling betaling)
    {
        ArgumentNullException.ThrowIfNull(betaling);
        return new Betaalpost
        {
            Id = betaling.Id, Maand = betaling.Maand, Betreft = betaling.Betreft, Soort = betaling.Soort, ToekenningId = betaling.ToekenningId,
            Dagen = betaling.Dagen, DagenInMaand = betaling.DagenInMaand, Bijstand = betaling.Bijstand,
            VakantietoeslagGereserveerd = betaling.VakantietoeslagGereserveerd, VakantietoeslagUitbetaald = betaling.VakantietoeslagUitbetaald,
            Verrekend = betaling.Verrekend, TeBetalen = betaling.TeBetalen, VakantietoeslagSaldo = betaling.VakantietoeslagSaldo, Iban = betaling.Iban,
            Signalen = betaling.Signalen,
        };
    }

    public static Betaalpost Van(Betaalregel regel, DateOnly maand)
    {
        ArgumentNullException.ThrowIfNull(regel);
        return new Betaalpost
        {
            Maand = maand, Betreft = regel.Soort == BetalingSoort.Maandbetaling ? maand : regel.Betreft ?? maand, Soort = regel.Soort,
            ToekenningId = regel.ToekenningId, Dagen = regel.Dagen, DagenInMaand = regel.DagenInMaand, Bijstand = regel.Bijstand,
            VakantietoeslagGereserveerd = regel.VakantietoeslagGereserveerd, VakantietoeslagUitbetaald = regel.VakantietoeslagUitbetaald,
            Verrekend = regel.Verrekend, TeBetalen = regel.TeBetalen, VakantietoeslagSaldo = regel.VakantietoeslagSaldo, Signalen = regel.Signalen,
        };
    }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
