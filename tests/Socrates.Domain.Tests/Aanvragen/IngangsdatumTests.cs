using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Tests.Aanvragen;

/// <summary>Art. 44 lid 1: not before the melding; for a jongere with zoektermijn the municipality's choice (§5.2).</summary>
public sealed class IngangsdatumTests
{
    private static readonly DateOnly Melding = new(2026, 3, 2);
    private static readonly DateOnly Ontvangst = new(2026, 3, 30);

    [Fact]
    public void Vroegst_Over27_IsTheMeldingsdatum() =>
        Assert.Equal(Melding, Ingangsdatum.Vroegst(Melding, Ontvangst, new DateOnly(1980, 1, 1), null, null, IngangsdatumJongeren.EindeZoektermijn));

    [Fact]
    public void Vroegst_Under27_EindeZoektermijn_IsFourWeeksAfterTheMelding() =>      // 2 maart + 28 dagen = 30 maart
        Assert.Equal(new DateOnly(2026, 3, 30), Ingangsdatum.Vroegst(Melding, Ontvangst, new DateOnly(2003, 1, 1), null, null, IngangsdatumJongeren.EindeZoektermijn));

    [Fact]
    public void Vroegst_Under27_SettingMeldingsdatum_IsTheMelding() =>
        Assert.Equal(Melding, Ingangsdatum.Vroegst(Melding, Ontvangst, new DateOnly(2003, 1, 1), null, null, IngangsdatumJongeren.Meldingsdatum));

    [Fact]
    public void Vroegst_Under27_WithAnExemption_IsTheMelding() =>
        Assert.Equal(Melding, Ingangsdatum.Vroegst(Melding, Ontvangst, new DateOnly(2003, 1, 1), null, ZoektermijnUitzondering.Collegebesluit, IngangsdatumJongeren.EindeZoektermijn));
}
