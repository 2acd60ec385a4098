using Socrates.Domain.Aanvragen;
using static Socrates.Domain.Tests.Rekenkern.Huishoudens;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>Art. 31 lid 2 onder n: each person has his own six months; and figures after the next indexation are provisional.</summary>
public sealed class ArbeidsvrijlatingPerPersoonTests
{
    private static readonly DateOnly Februari2026 = new(2026, 2, 1);

    [Fact]
    public void Bereken_AanvragerUsedHisSixMonths_PartnerStartsWork_PartnerStillGetsN()
    {
        // Gehuwden 35/38, art. 21 b 2.002,13. The aanvrager's six months are over; the partner starts work at € 400:
        // vrijlating 25 % × 400 = 100,00 (≤ 285); inkomen 300,00; bijstand 2.002,13 − 300,00 = 1.702,13;
        // VT 5 % = 85,1065 → 85,11; te betalen 1.617,02.
        var huishouden = Gehuwden(35, 38, Februari2026) with
        {
            Inkomsten = [Arbeid("400,00", Gezinslid.Partner)],
            EerdereMaandenArbeidsvrijlating = 6,
            EerdereMaandenArbeidsvrijlatingPartner = 0,
        };

        var b = Bereken(huishouden, Februari2026);

        Assert.Equal((E("100,00"), E("1.702,13"), E("85,11"), E("1.617,02")), (b.Vrijlating, b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
    }

    [Fact]
    public void Bereken_PartnerUsedHisSixMonths_GetsNoMoreN()
    {
        // Same household, the partner's own six months are over: nothing is free; bijstand 2.002,13 − 400,00 = 1.602,13.
        var huishouden = Gehuwden(35, 38, Februari2026) with
        {
            Inkomsten = [Arbeid("400,00", Gezinslid.Partner)],
            EerdereMaandenArbeidsvrijlatingPartner = 6,
        };

        Assert.Equal(E("1.602,13"), Bereken(huishouden, Februari2026).Bijstand);
    }

    [Fact]
    public void Bereken_AfterTheNextIndexationDate_IsMarkedProvisional()
    {
        // Art. 38: the norms move on 1 July 2026; those amounts are not in the table, so the result says so.
        var juli = Bereken(Alleenstaande(35, new DateOnly(2026, 7, 1)), new DateOnly(2026, 7, 1));
        var juni = Bereken(Alleenstaande(35, new DateOnly(2026, 6, 1)), new DateOnly(2026, 6, 1));

        Assert.StartsWith("Voorlopig:", Assert.Single(juli.Opmerkingen), StringComparison.Ordinal);
        Assert.Empty(juni.Opmerkingen);
    }
}
