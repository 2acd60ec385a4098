using Socrates.Domain.Aanvragen;
using Socrates.Domain.Beschikkingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Tests.Beschikkingen;

/// <summary>The letter is made only for a final besluit, and copies what it shows.</summary>
public sealed class BeschikkingTests
{
    private static readonly DateOnly Vandaag = new(2026, 3, 20);

    [Fact]
    public void Opmaken_OpenAanvraag_IsRefused()
    {
        var aanvraag = Aanvraag.Melden(Leden.Rotterdam.Code, 1, new DateOnly(1980, 1, 1), new DateOnly(2026, 3, 2), Vandaag);

        Assert.Throws<DomeinregelException>(() => Opmaken(aanvraag));
    }

    [Fact]
    public void Opmaken_FinalToekenning_HasKenmerkSalutationAndItsOwnLetterhead()
    {
        var aanvraag = Aanvraag.Melden(Leden.Rotterdam.Code, 1, new DateOnly(1980, 1, 1), new DateOnly(2026, 3, 2), Vandaag);
        aanvraag.Indienen(new DateOnly(2026, 3, 3), new DateOnly(1980, 1, 1), null, null, null, Vandaag);
        aanvraag.InBehandelingNemen("consulent");
        aanvraag.ToekenningVoorstellen(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2), "consulent", vierOgen: false, Vandaag);

        var brief = Opmaken(aanvraag);

        Assert.Equal(("GM0599-2026-000000", "Geachte heer/mevrouw Van Dijk,", Besluitsoort.Toegekend), (brief.Kenmerk, brief.Aanhef, brief.Soort));
        Assert.Equal(Leden.Rotterdam.Briefhoofd, brief.Briefhoofd);
        Assert.NotSame(Leden.Rotterdam.Briefhoofd, brief.Briefhoofd);
    }

    [Fact]
    public void Opmaken_MetPartner_IsGerichtAanBeidePartners()
    {
        var aanvraag = Aanvraag.Melden(Leden.Rotterdam.Code, 1, new DateOnly(1980, 1, 1), new DateOnly(2026, 3, 2), Vandaag);
        aanvraag.Indienen(new DateOnly(2026, 3, 3), new DateOnly(1980, 1, 1), null, null, null, Vandaag);
        aanvraag.InBehandelingNemen("consulent");
        aanvraag.ToekenningVoorstellen(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2), "consulent", vierOgen: false, Vandaag);

        var brief = Beschikking.Opmaken(
            aanvraag, null, Bedrag.Euro(2_002.13m), Bedrag.Euro(100.11m), Bedrag.Euro(1_902.02m), 6,
            [new Briefontvanger("Jan van Dijk", "van Dijk"), new Briefontvanger("Fatma el Amrani", "el Amrani")],
            "Coolsingel 40", "3011 AD  Rotterdam", Leden.Rotterdam.Briefhoofd, Vandaag);

        Assert.Equal("Geachte heer/mevrouw Van Dijk en heer/mevrouw El Amrani,", brief.Aanhef);
        Assert.Equal(["Jan van Dijk", "Fatma el Amrani"], brief.Geadresseerden.Split('\n'));
    }

    [Fact]
    public void Opmaken_ZonderOfMetDrieOntvangers_WordtGeweigerd()
    {
        var aanvraag = Aanvraag.Melden(Leden.Rotterdam.Code, 1, new DateOnly(1980, 1, 1), new DateOnly(2026, 3, 2), Vandaag);
        aanvraag.Indienen(new DateOnly(2026, 3, 3), new DateOnly(1980, 1, 1), null, null, null, Vandaag);
        aanvraag.InBehandelingNemen("consulent");
        aanvraag.ToekenningVoorstellen(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2), "consulent", vierOgen: false, Vandaag);
        var een = new Briefontvanger("Jan van Dijk", "van Dijk");

        Assert.Throws<ArgumentException>(() => Beschikking.Opmaken(
            aanvraag, null, Bedrag.Nul, Bedrag.Nul, Bedrag.Nul, 6, [], "a", "b", Leden.Rotterdam.Briefhoofd, Vandaag));
        Assert.Throws<ArgumentException>(() => Beschikking.Opmaken(
            aanvraag, null, Bedrag.Nul, Bedrag.Nul, Bedrag.Nul, 6, [een, een, een], "a", "b", Leden.Rotterdam.Briefhoofd, Vandaag));
    }

    private static Beschikking Opmaken(Aanvraag aanvraag) => Beschikking.Opmaken(
        aanvraag, null, Bedrag.Euro(1_401.50m), Bedrag.Euro(70.08m), Bedrag.Euro(1_331.42m), 6, [new Briefontvanger("Jan van Dijk", "van Dijk")],
        "Coolsingel 40", "3011 AD  Rotterdam", Leden.Rotterdam.Briefhoofd, Vandaag);
}
