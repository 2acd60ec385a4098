using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Aflossing;

/// <summary>The proposal is recomputed here from the toekenning and the rules of today, never taken from the form.</summary>
public sealed class AflossingsregelingTreffenHandler(ISocratesDb db, IGemeenteregels regels, TimeProvider klok)
    : ICommandHandler<AflossingsregelingTreffen>
{
    public async ValueTask<Unit> Handle(AflossingsregelingTreffen command, CancellationToken cancellationToken)
    {
        var vordering = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        var toekenning = await db.Toekenningen.AsNoTracking().SingleAsync(t => t.Id == vordering.ToekenningId, cancellationToken);
        var vandaag = klok.Vandaag();
        var voorstel = Aflossingsvoorstel.Van(toekenning, await regels.OpAsync(vordering.Gemeente, vandaag, cancellationToken));
        var bedrag = Bedrag.Euro(command.Maandbedrag!.Value);
        if (bedrag != voorstel.Maandbedrag && string.IsNullOrWhiteSpace(command.Reden))
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.Reden),
                $"Het maandbedrag wijkt af van het voorstel ({voorstel.Maandbedrag}); schrijf waarom.")]);
        }

        vordering.AflossingsregelingTreffen(bedrag, voorstel.Maandbedrag, command.Reden, vandaag);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
