using System.Globalization;
using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Correctie;

public sealed class CorrectieBoekenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok) : ICommandHandler<CorrectieBoeken>
{
    public async ValueTask<Unit> Handle(CorrectieBoeken command, CancellationToken cancellationToken)
    {
        var vordering = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        if (command.Boeking is { } nummer && vordering.Mutaties.All(m => m.Volgnummer != nummer))
        {
            throw new DomeinregelException($"Boeking {nummer} bestaat niet op deze terugvordering.");
        }

        var bedrag = Domain.Geld.Bedrag.Euro(command.Bedrag!.Value);
        vordering.CorrectieBoeken(klok.Vandaag(), command.Richting == CorrectieRichting.Verlagen ? -bedrag : bedrag, command.Reden!,
            command.Boeking?.ToString(CultureInfo.InvariantCulture), gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker."),
            klok.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
