using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Tests.Gemeenten;

/// <summary>A member's versions are a Tijdreeks: the version in force is the latest on or before the date.</summary>
public sealed class RegelversiesTests
{
    private static readonly DateOnly Januari = new(2025, 1, 1);
    private static readonly DateOnly Juli = new(2025, 7, 1);

    [Fact]
    public void Op_ServesTheLatestVersionOnOrBeforeTheDate_LikeTheNationalSeries()
    {
        var versies = new Regelversies(Leden.Utrecht, [Versie(1, Januari, 14), Versie(2, Juli, 10)]);

        Assert.Equal((14, 14, 10), (versies.Op(Juli.AddDays(-1)).SignaleringsdagenBeslistermijn,
            versies.Reeks.Op(Juli.AddDays(-1)).SignaleringsdagenBeslistermijn, versies.Op(Juli).SignaleringsdagenBeslistermijn));
    }

    [Fact]
    public void Op_TwoVersionsOnOneDate_TheHigherIdWins_AndHistoryKeepsBoth()
    {
        var versies = new Regelversies(Leden.Utrecht, [Versie(1, Januari, 14), Versie(3, Juli, 7), Versie(2, Juli, 10)]);

        Assert.Equal((3, 2), (versies.Op(Juli).Id, versies.Reeks.Rijen.Count));
        Assert.Equal([3, 2, 1], versies.Alle.Select(v => v.Id));
    }

    [Fact]
    public void Op_BeforeTheFirstVersion_IsRefusedInDutch()
    {
        var versies = new Regelversies(Leden.Utrecht, [Versie(1, Januari, 14)]);

        var fout = Assert.Throws<DomeinregelException>(() => versies.Op(Januari.AddDays(-1)));

        Assert.Equal("Voor Utrecht zijn er geen gemeenteregels die gelden op 31-12-2024.", fout.Message);
    }

    private static GemeenteInstellingen Versie(int id, DateOnly vanaf, int signaleringsdagen) =>
        GemeenteInstellingen.Standaard(Leden.Utrecht, vanaf) with { Id = id, SignaleringsdagenBeslistermijn = signaleringsdagen };
}
