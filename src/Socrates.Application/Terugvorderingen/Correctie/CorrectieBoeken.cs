using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Correctie;

/// <summary>Corrects a mistake on the ledger with a new movement and a reason; earlier movements are never changed.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record CorrectieBoeken : TerugvorderingOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public CorrectieRichting? Richting { get; init; }

    public decimal? Bedrag { get; init; }

    public string? Reden { get; init; }

    /// <summary>The number of the movement being corrected, if it is one.</summary>
    public int? Boeking { get; init; }
}
