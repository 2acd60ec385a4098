using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Medebewoners;

/// <summary>Adds someone who has his main residence in the same dwelling: perhaps a kostendeler (art. 19a Participatiewet).</summary>
[Vereist(Rol.Consulent)]
public sealed record MedebewonerToevoegen : AanvraagOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public string? Naam { get; init; }

    public DateOnly? Geboortedatum { get; init; }

    public bool FamilieTotTweedeGraad { get; init; }

    public bool Student { get; init; }

    public bool CommercieleOvereenkomst { get; init; }

    /// <summary>The commercial agreement is with the same landlord as the aanvrager's, not with the aanvrager (art. 19a lid 1 onder c).</summary>
    public bool OvereenkomstMetDerde { get; init; }

    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
