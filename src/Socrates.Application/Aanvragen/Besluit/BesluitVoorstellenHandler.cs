using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Aanvragen.Beschikkingen;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Aanvragen.Herberekening;
using Socrates.Application.Aanvragen.Wijziging;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Aanvragen.Besluit;

/// <summary>
/// Proposes the decision under the municipality's four-eyes settings of today: a toekenning needs a team lead when
/// VierOgenToekenning is set and its monthly amount reaches VierOgenVanafBedrag; an afwijzing when VierOgenAfwijzing is set.
/// A toekenning while requested bewijsstukken are missing carries the consulent's reason, and the audit trail says so.
/// </summary>
public sealed class BesluitVoorstellenHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, ILandelijkeNormen landelijkeNormen, HerberekeningMaker herberekening, AuditSchrijver audit, TimeProvider klok)
    : ICommandHandler<BesluitVoorstellen, BesluitUitkomst>
{
    public async ValueTask<BesluitUitkomst> Handle(BesluitVoorstellen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        if (aanvraag.Status != AanvraagStatus.InBehandeling)
        {
            throw new DomeinregelException("Een besluit stelt u voor op een aanvraag die in behandeling is.");
        }

        var vandaag = klok.Vandaag();
        var door = gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker.");
        var nu = await regels.OpAsync(aanvraag.Gemeente, vandaag, cancellationToken);
        if (command.Soort == Besluitsoort.Afgewezen)
        {
            aanvraag.AfwijzingVoorstellen(command.Afwijzingsgrond!.Value, command.Motivering!, door, nu.VierOgenAfwijzing, vandaag);
            if (!nu.VierOgenAfwijzing)
            {
                await db.OpmakenAsync(regels, aanvraag, null, vandaag, cancellationToken);
                await db.AfrondenAsync(audit, aanvraag.Id, null, vandaag, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new BesluitUitkomst(Besluitsoort.Afgewezen, !nu.VierOgenAfwijzing);
        }

        if (command.Soort == Besluitsoort.Beeindigd)
        {
            if (aanvraag.Wijziging.IsAowLeeftijd && string.IsNullOrWhiteSpace(command.OverdrachtSvb))
            {
                throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.OverdrachtSvb),
                    "Schrijf de overdracht aan de SVB: wat de SVB nodig heeft om de bijstand (AIO) over te nemen (art. 47a lid 1).")]);
            }

            var maanden = await herberekening.HerberekenAsync(aanvraag, vandaag, beeindiging: true, cancellationToken);
            aanvraag.BeeindigingVoorstellen(command.Motivering!, maanden, door, nu.VierOgenAfwijzing, vandaag, command.OverdrachtSvb);
            if (!nu.VierOgenAfwijzing)
            {
                await db.DoorvoerenAsync(aanvraag, vandaag, cancellationToken);
                await db.OpmakenAsync(regels, aanvraag, null, vandaag, cancellationToken);
                await db.AfrondenAsync(audit, aanvraag.Id, null, vandaag, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new BesluitUitkomst(Besluitsoort.Beeindigd, !nu.VierOgenAfwijzing);
        }

        var landelijk = await landelijkeNormen.OphalenAsync(cancellationToken);
        var geboren = await db.GeboortedatumsAsync(aanvraag, cancellationToken);
        var vroegst = aanvraag.Wijziging.Datum ?? Ingangsdatum.Vroegst(
            aanvraag.Meldingsdatum, aanvraag.Ontvangstdatum!.Value, geboren.Aanvrager, geboren.Partner, aanvraag.ZoektermijnUitzondering,
            nu.IngangsdatumJongeren);
        var ingangsdatum = command.Ingangsdatum!.Value;
        if (SvbBevoegdheid.Vanaf(geboren.Aanvrager, geboren.Partner, landelijk.AowLeeftijden) is { } svb && svb <= ingangsdatum)
        {
            throw new DomeinregelException(
                $"Op {ingangsdatum:dd-MM-yyyy} heeft het huishouden de pensioengerechtigde leeftijd bereikt ({svb:dd-MM-yyyy}): de Sociale verzekeringsbank " +
                "verleent de bijstand (AIO), niet de gemeente (art. 47a lid 1 Participatiewet). " +
                (aanvraag.IsWijziging ? "Stel een beëindiging voor." : "Wijs de aanvraag af op die grond."));
        }

        var peildatum = Maand.Van(ingangsdatum).Eerste;
        var (huishouden, _) = Huishoudensnapshot.Van(aanvraag, geboren.Aanvrager, geboren.Partner, peildatum, ingangsdatum);
        var berekening = Rekenkern.Bereken(huishouden, peildatum, await regels.OpAsync(aanvraag.Gemeente, peildatum, cancellationToken), landelijk);
        var vierOgen = nu.VierOgenToekenning && berekening.Bijstand >= nu.VierOgenVanafBedrag;
        var herberekend = aanvraag.IsWijziging ? await herberekening.HerberekenAsync(aanvraag, vandaag, beeindiging: false, cancellationToken) : null;

        aanvraag.ToekenningVoorstellen(ingangsdatum, vroegst, door, vierOgen, vandaag, herberekend, command.RedenZonderBewijsstukken);
        if (aanvraag.Besluitvorming.RedenZonderBewijsstukken is not null)
        {
            audit.Schrijf(OntbrekendeBewijsstukken.VoorgesteldActie, command.OnderwerpType, command.OnderwerpId, AuditUitkomst.Geslaagd);
        }

        var toekenning = Toekenning.Voorstellen(
            aanvraag.Gemeente, aanvraag.Id, aanvraag.AanvragerId, ingangsdatum, peildatum, berekening, door, vierOgen, vandaag);
        db.Toekenningen.Add(toekenning);
        if (!vierOgen)
        {
            await db.DoorvoerenAsync(aanvraag, vandaag, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!vierOgen)
        {
            await db.OpmakenAsync(regels, aanvraag, toekenning, vandaag, cancellationToken);
            await db.AfrondenAsync(audit, aanvraag.Id, toekenning.Id, vandaag, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new BesluitUitkomst(Besluitsoort.Toegekend, !vierOgen);
    }
}
