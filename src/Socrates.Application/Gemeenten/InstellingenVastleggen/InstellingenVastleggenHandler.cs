using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenten.InstellingenVastleggen;

/// <summary>
/// Inserts the new version into the municipality's own table and raises the municipality's version, so a second
/// administrator working from the same version gets a concurrency conflict instead of silently winning.
/// </summary>
public sealed class InstellingenVastleggenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<InstellingenVastleggen, int>
{
    public async ValueTask<int> Handle(InstellingenVastleggen command, CancellationToken cancellationToken)
    {
        var code = gebruiker.VereisteGemeente();
        var gemeente = await db.Gemeenten.SingleAsync(g => g.Code == code, cancellationToken);
        db.Entry(gemeente).Property(g => g.Versie).OriginalValue = command.Versie;
        gemeente.InstellingenGewijzigd();

        var versie = new GemeenteInstellingen
        {
            GeldigVanaf = command.GeldigVanaf!.Value,
            VastgesteldDoor = gebruiker.Weergavenaam,
            VastgesteldOp = klok.GetUtcNow().UtcDateTime,
            Toelichting = command.Toelichting!.Trim(),
            VierOgenToekenning = command.VierOgenToekenning,
            VierOgenAfwijzing = command.VierOgenAfwijzing,
            VierOgenBuitenBehandeling = command.VierOgenBuitenBehandeling,
            VierOgenTerugvordering = command.VierOgenTerugvordering,
            VierOgenInstellingen = command.VierOgenInstellingen,
            VierOgenVanafBedrag = Bedrag.Euro(command.VierOgenVanafBedrag!.Value),
            SignaleringsdagenBeslistermijn = command.SignaleringsdagenBeslistermijn!.Value,
            IngangsdatumJongeren = command.IngangsdatumJongeren!.Value,
            MaatregelPercentageCategorie1 = Percentage.Van(command.MaatregelPercentageCategorie1!.Value),
            MaatregelPercentageCategorie2 = Percentage.Van(command.MaatregelPercentageCategorie2!.Value),
            MaatregelPercentageCategorie3 = Percentage.Van(command.MaatregelPercentageCategorie3!.Value),
            WoonkostenverlagingPercentage = Percentage.Van(command.WoonkostenverlagingPercentage!.Value),
            WoonkostenverlagingDakloosPercentage = Percentage.Van(command.WoonkostenverlagingDakloosPercentage!.Value),
            TerugvorderingMinimum = Bedrag.Euro(command.TerugvorderingMinimum!.Value),
            BrutoTerugvorderingVanaf = Bedrag.Euro(command.BrutoTerugvorderingVanaf!.Value),
            BeslagvrijeVoetPercentage = Percentage.Van(command.BeslagvrijeVoetPercentage!.Value),
            BeslagvrijeVoetGrondslag = command.BeslagvrijeVoetGrondslag!.Value,
            AflossingPercentageNorm = Percentage.Van(command.AflossingPercentageNorm!.Value),
            AflossingPercentageInkomenBovenNorm = Percentage.Van(command.AflossingPercentageInkomenBovenNorm!.Value),
            VakantietoeslagUitbetaalmaand = command.VakantietoeslagUitbetaalmaand!.Value,
            BriefNaam = command.BriefNaam!.Trim(),
            BriefBezoekadres = command.BriefBezoekadres!.Trim(),
            BriefPostadres = command.BriefPostadres!.Trim(),
            BriefTelefoon = command.BriefTelefoon!.Trim(),
            BriefWebsite = command.BriefWebsite!.Trim(),
            OndertekenaarNaam = command.OndertekenaarNaam!.Trim(),
            OndertekenaarFunctie = command.OndertekenaarFunctie!.Trim(),
        };
        var tabel = db.InstellingenVan(code);
        tabel.Add(versie);
        await db.SaveChangesAsync(cancellationToken);
        return versie.Id;
    }
}
