namespace Socrates.Domain.Aanvragen;

/// <summary>
/// A first aanvraag, or a wijziging: a change in a running toekenning from a date, handled and decided like an
/// aanvraag (herziening or intrekking, art. 54 lid 3 and 53a lid 6 Participatiewet).
/// </summary>
public enum AanvraagSoort
{
    Aanvraag,
    Wijziging,
}
