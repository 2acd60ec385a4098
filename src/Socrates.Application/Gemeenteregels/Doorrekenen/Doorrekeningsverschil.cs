using Socrates.Domain.Geld;

namespace Socrates.Application.Gemeenteregels.Doorrekenen;

/// <summary>One toekenning whose monthly bijstand changes: before, after, and the difference (after − before).</summary>
public sealed record Doorrekeningsverschil(int ToekenningId, int AanvraagId, Bedrag Huidig, Bedrag Nieuw)
{
    public Bedrag Verschil => Nieuw - Huidig;
}
