using Socrates.Domain.Bewaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Beheer.Vernietiging.Verlengen;

public sealed record BewaartermijnDossierView(
    int PersoonId, string Naam, string Bsn, int Versie, Bewaartermijn Termijn, Bewaargrond? Grond, DateOnly? Vernietigingsdatum,
    IReadOnlyList<string> Blokkades, IReadOnlyList<VerlengingView> Verlengingen, DateOnly? VernietigdOp)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>An extension: until when, why, by whom (the Beheerder's name) and when.</summary>
public sealed record VerlengingView(DateOnly Tot, string Reden, string Door, DateTime Op);
