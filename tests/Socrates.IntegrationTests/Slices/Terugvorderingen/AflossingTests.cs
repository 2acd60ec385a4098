using FluentValidation;
using Socrates.Application.Terugvorderingen.Aflossing;
using Socrates.Domain.Geld;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Slices.Terugvorderingen;

/// <summary>
/// The aflossing formula (local policy, domain reference §7.4: 5 % of the applicable norm + 35 % of income above it) on the
/// debtor's current situation, the same on the page and in the decision. Issue #20: a debtor who left bijstand for a job
/// of € 2.500,00 netto: 5 % × 1.401,50 = 70,075 → 70,08; 35 % × (2.500,00 − 1.401,50 = 1.098,50) = 384,475 → 384,48;
/// together € 454,56 (the ended toekenning's figures gave € 70,08).
/// </summary>
public sealed class AflossingTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Utrecht;

    [DbFact]
    public async Task DebtorWhoLeftBijstand_TheProposalUsesHisCurrentIncome_45456()
    {
        var id = await app.ClaimNaBeeindigingAsync(Gemeente);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        var zonderInkomen = await consulent.Send(new Aflossingsvoorbereiding(id));
        var metInkomen = await consulent.Send(new Aflossingsvoorbereiding(id, 2_500m));

        Assert.False(zonderInkomen!.Grondslag.LopendeBijstand);
        Assert.Null(zonderInkomen.Voorstel);
        Assert.Equal(Bedrag.Euro(1_401.50m), zonderInkomen.Grondslag.Norm);
        Assert.Equal((Bedrag.Euro(1_401.50m), Bedrag.Euro(2_500m), Bedrag.Euro(454.56m)), (metInkomen!.Voorstel!.Norm, metInkomen.Voorstel.Inkomen, metInkomen.Voorstel.Maandbedrag));
    }

    [DbFact]
    public async Task DebtorWhoLeftBijstand_TheDecisionNeedsHisIncome_AndKeepsTheSameProposal()
    {
        var id = await app.ClaimNaBeeindigingAsync(Gemeente);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        var versie = await app.VorderingVersieAsync(id);
        var zonder = await Assert.ThrowsAsync<ValidationException>(() => consulent.Send(
            new AflossingsregelingTreffen { TerugvorderingId = id, Versie = versie, Maandbedrag = 454.56m }).AsTask());
        var afwijkend = await Assert.ThrowsAsync<ValidationException>(() => consulent.Send(
            new AflossingsregelingTreffen { TerugvorderingId = id, Versie = versie, Maandbedrag = 100m, HuidigInkomen = 2_500m }).AsTask());
        Assert.Null((await app.VorderingAsync(id)).AflossingPerMaand);
        await consulent.Send(new AflossingsregelingTreffen { TerugvorderingId = id, Versie = await app.VorderingVersieAsync(id), Maandbedrag = 454.56m, HuidigInkomen = 2_500m });

        Assert.Equal(nameof(AflossingsregelingTreffen.HuidigInkomen), Assert.Single(zonder.Errors).PropertyName);
        Assert.Contains("454,56", Assert.Single(afwijkend.Errors).ErrorMessage, StringComparison.Ordinal);
        var vordering = await app.VorderingAsync(id);
        Assert.Equal((Bedrag.Euro(454.56m), (Bedrag?)Bedrag.Euro(454.56m), (string?)null), (vordering.AflossingPerMaand!.Value, vordering.AflossingVoorstel, vordering.AflossingReden));
    }
}
