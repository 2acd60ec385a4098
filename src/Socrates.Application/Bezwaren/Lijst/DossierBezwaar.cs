using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Lijst;

/// <summary>One bezwaar on the dossier: when received, where it stands, its outcome, and a herroeping still to carry out.</summary>
public sealed record DossierBezwaar(int Id, DateOnly Ontvangen, BezwaarStatus Status, BezwaarUitkomst? Uitkomst, DateOnly UitersteBeslisdatum, string? Vervolgactie);
