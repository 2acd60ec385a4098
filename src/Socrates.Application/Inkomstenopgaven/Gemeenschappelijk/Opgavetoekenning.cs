using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;

/// <summary>What registering an opgave needs of a toekenning: whose it is, when it ran, and whether the household has a partner.</summary>
public sealed record Opgavetoekenning(
    int Id, GemeenteCode Gemeente, int AanvragerId, ToekenningStatus Status, DateOnly Ingangsdatum, DateOnly? Einddatum, bool HeeftPartner)
{
    public bool IsBesloten => Status is ToekenningStatus.Actief or ToekenningStatus.Beeindigd;

    /// <summary>From its ingangsdatum's month up to its end.</summary>
    public bool LooptIn(Maand maand) => Ingangsdatum <= maand.Laatste && (Einddatum is not { } einde || einde >= maand.Eerste);
}
