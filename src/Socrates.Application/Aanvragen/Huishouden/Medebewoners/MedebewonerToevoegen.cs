using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Medebewoners;

/// <summary>Adds someone who has his main residence in the same dwelling: perhaps a kostendeler (art. 19a Participatiewet).</summary>
public sealed record MedebewonerToevoegen : AanvraagOpdracht, ICommand
{
    public string? Naam { get; init; }

    public DateOnly? Geboortedatum { get; init; }

    public bool FamilieTotTweedeGraad { get; init; }

    public bool Student { get; init; }

    public bool CommercieleOvereenkomst { get; init; }

    /// <summary>The commercial agreement is with the same landlord as the aanvrager's, not with the aanvrager (art. 19a lid 1 onder c).</summary>
    public bool OvereenkomstMetDerde { get; init; }
}
