using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Normen.Voorstellen;

/// <summary>
/// A Normbeheerder proposes a set of national figures: amounts in euros, the loonheffing in percent, the AOW ages and the
/// source. The same record is the JSON file of <c>socrates normen invoeren</c> (docs/normen.md). Another Normbeheerder
/// approves it.
/// </summary>
[Vereist(Rol.Normbeheerder)]
public sealed record NormensetVoorstellen : ICommand<int>, IEenmaligeOpdracht, IAuditOnderwerp
{
    string IAuditOnderwerp.OnderwerpType => nameof(Domain.Normen.Normenset);

    string? IAuditOnderwerp.OnderwerpId => null;             // the new set's id, from the answer

    /// <summary>The form's key: a repeated submit gets the first answer instead of a second proposal.</summary>
    public Guid? Formuliersleutel { get; init; }

    public DateOnly? Ingangsdatum { get; init; }

    public decimal? JongereAlleenstaande { get; init; }
    public decimal? JongeGehuwden { get; init; }
    public decimal? GemengdeGehuwden { get; init; }
    public decimal? JongereAlleenstaandeOuder { get; init; }
    public decimal? JongeGehuwdenMetKinderen { get; init; }
    public decimal? GemengdeGehuwdenMetKinderen { get; init; }
    public decimal? JongerenVerhoging { get; init; }
    public decimal? Alleenstaande { get; init; }
    public decimal? Gehuwden { get; init; }
    public decimal? PensioenAlleenstaande { get; init; }
    public decimal? PensioenGehuwdenBeiden { get; init; }
    public decimal? PensioenGehuwdenEen { get; init; }
    public decimal? KostendelerJongereMetKinderen { get; init; }
    public decimal? KostendelerJongere { get; init; }
    public decimal? InrichtingAlleenstaande { get; init; }
    public decimal? InrichtingGehuwden { get; init; }
    public decimal? InrichtingVerhogingAlleenstaande { get; init; }
    public decimal? InrichtingVerhogingGehuwden { get; init; }
    public decimal? VrijlatingArbeid { get; init; }
    public decimal? VrijlatingAlleenstaandeOuder { get; init; }
    public decimal? VermogensgrensAlleenstaande { get; init; }
    public decimal? VermogensgrensAlleenstaandeOuder { get; init; }
    public decimal? VermogensgrensGehuwden { get; init; }
    public decimal? BruteringOnderAow { get; init; }
    public decimal? BruteringVanafAow { get; init; }

    /// <summary>
    /// Year of reaching → age; rows with no year are ignored (the form's empty row). A list, not <c>[]</c>: MVC's model
    /// binding fills the existing collection of a bound form, and a read-only empty one would stay empty.
    /// </summary>
    public IReadOnlyList<AowLeeftijdInvoer> AowLeeftijden { get; init; } = new List<AowLeeftijdInvoer>();

    public string? BronDocument { get; init; }
    public DateOnly? BronPublicatiedatum { get; init; }
    public string? BronVindplaats { get; init; }

    /// <summary>"Ik heb de afwijkingen van meer dan 10 % gecontroleerd."</summary>
    public bool AfwijkingenBevestigd { get; init; }
}
