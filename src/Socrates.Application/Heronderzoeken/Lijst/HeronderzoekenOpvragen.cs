using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Heronderzoeken;

namespace Socrates.Application.Heronderzoeken.Lijst;

/// <summary>
/// The planning list of heronderzoeken: a consulent sees his own, a team lead the gemeente's, optionally of one consulent;
/// by stand (open, te laat, afgerond), the earliest due date first, one page at a time.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record HeronderzoekenOpvragen(int? Pagina = null, string? Consulent = null, HeronderzoekStand? Stand = null) : IQuery<HeronderzoekenView>;

/// <summary>Which heronderzoeken the list shows.</summary>
public enum HeronderzoekStand
{
    /// <summary>Not completed and not yet past the due date.</summary>
    Open,

    /// <summary>Not completed and past the due date: missed.</summary>
    TeLaat,

    Afgerond,
}

public sealed record HeronderzoekenView(
    Pagina<HeronderzoekRegel> Pagina, bool AlleenEigen, IReadOnlyList<(string Id, string Naam)> Consulenten, DateOnly Vandaag);

/// <summary>One heronderzoek on the list; <c>Dagen</c> is the days left (negative: days over) while it is not completed.</summary>
public sealed record HeronderzoekRegel(
    int Id, int AanvraagId, string Naam, string? Consulent, DateOnly Vervaldatum, int TermijnMaanden, string Profiel, HeronderzoekStatus Status,
    HeronderzoekUitkomst? Uitkomst, DateOnly? AfgerondOp, int Dagen)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
