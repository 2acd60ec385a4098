using Socrates.Domain.Geld;

namespace Socrates.Application.Betaalruns.Controle;

/// <summary>
/// The outcome of <see cref="BetalingenControleren"/>: how many toekenningen and households were checked, up to what month,
/// the afwijkingen (the first ones, and how many in all), and apart from them what was paid too much and waits for a claim
/// and what waits for the next run's look-back, and the tegoeden on terugvorderingen the next run pays back.
/// </summary>
public sealed record ControleUitkomst(
    int Toekenningen, int Huishoudens, DateOnly Tot, IReadOnlyList<ControleAfwijking> Afwijkingen, int AantalAfwijkingen, int HuishoudensNogTerugTeVorderen,
    Bedrag NogTerugTeVorderen, int HuishoudensNogNaTeBetalen, Bedrag NogNaTeBetalen)
{
    /// <summary>Claims with a saldo below zero, waiting to be paid back by the next definitive run.</summary>
    public int VorderingenNogTerugTeBetalen { get; init; }

    public Bedrag NogTerugTeBetalen { get; init; }

    /// <summary>The summary line the command line prints: "controle: 120 toekenningen, 0 afwijkingen".</summary>
    public string Samenvatting => $"controle: {Toekenningen} toekenningen, {AantalAfwijkingen} afwijkingen";
}
