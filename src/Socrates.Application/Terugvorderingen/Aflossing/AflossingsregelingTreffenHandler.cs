using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Aflossing;

/// <summary>
/// The proposal is recomputed here from the debtor's current situation (<see cref="Aflossingsgrondslag"/>, as the page
/// shows it) and the rules of today, never taken from the form.
/// </summary>
public sealed class AflossingsregelingTreffenHandler(ISocratesDb db, IGemeenteregels regels, ILandelijkeNormen landelijkeNormen, TimeProvider klok)
    : ICommandHandler<AflossingsregelingTreffen>
{
    public const string InkomenNodig = "Vul het huidige netto inkomen per maand van de debiteur in: hij heeft geen lopende bijstand.";

    public async ValueTask<Unit> Handle(AflossingsregelingTreffen command, CancellationToken cancellationToken)
    {
        var vordering = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        var vandaag = klok.Vandaag();
        var nu = await regels.OpAsync(vordering.Gemeente, vandaag, cancellationToken);
        var grondslag = await Aflossingsgrondslag.LaadAsync(db, vordering, nu, await landelijkeNormen.OphalenAsync(cancellationToken), vandaag, Inkomen(command.HuidigInkomen), cancellationToken);
        if (grondslag.Inkomen is not { } inkomen)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.HuidigInkomen), InkomenNodig)]);
        }

        var voorstel = Aflossingsvoorstel.Van(grondslag.Norm, inkomen, nu);
        var bedrag = Bedrag.Euro(command.Maandbedrag!.Value);
        if (bedrag != voorstel.Maandbedrag && string.IsNullOrWhiteSpace(command.Reden))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Reden),
                $"Het maandbedrag wijkt af van het voorstel ({voorstel.Maandbedrag}); schrijf waarom.")]);
        }

        vordering.AflossingsregelingTreffen(bedrag, voorstel.Maandbedrag, command.Reden, vandaag);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    /// <summary>The entered income, or null when none was entered (the validator has checked its form).</summary>
    internal static Bedrag? Inkomen(decimal? euro) => euro is { } e ? Bedrag.Euro(e) : null;
}
