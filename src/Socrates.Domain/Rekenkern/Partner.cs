namespace Socrates.Domain.Rekenkern;

/// <summary>
/// The aanvrager's echtgenoot (art. 3 Participatiewet). <see cref="HeeftRecht"/> false means the partner has no right to
/// bijstand of his own (for example a student or a detainee), which brings art. 24 and art. 32 lid 3 into play.
/// </summary>
public sealed record Partner(DateOnly Geboortedatum, bool InInrichting = false, bool HeeftRecht = true);
