using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Boete;

/// <summary>One boete per claim; it follows the same four-eyes settings as the claim itself.</summary>
public sealed class BoeteVoorstellenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels,
    IBetaalrekeningen rekeningen, TimeProvider klok)
    : ICommandHandler<BoeteVoorstellen, int>
{
    public async ValueTask<int> Handle(BoeteVoorstellen command, CancellationToken cancellationToken)
    {
        var vordering = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        if (await db.Terugvorderingen.AnyAsync(
                t => t.BoeteVoorId == vordering.Id && t.Status != TerugvorderingStatus.Vervallen, cancellationToken))
        {
            throw new DomeinregelException("Bij deze terugvordering is al een boete opgelegd of voorgesteld.");
        }

        var vandaag = klok.Vandaag();
        var nu = await regels.OpAsync(vordering.Gemeente, vandaag, cancellationToken);
        var boete = Terugvordering.BoeteVoorstellen(vordering, command.Verwijtbaarheid!.Value, command.Recidive, command.Motivering!, nu,
            gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker."), vandaag);
        db.Terugvorderingen.Add(boete);
        await db.VaststellenZonderVierOgenAsync(boete, nu, rekeningen, vandaag, klok.GetUtcNow().UtcDateTime, cancellationToken);
        return boete.Id;
    }
}
