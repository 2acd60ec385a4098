namespace Socrates.Domain.Gemeenschappelijk;

/// <summary>
/// The one way a type that holds personal data (a BSN, a name, an e-mail address, a password, an IBAN) prints itself: by
/// its type name only, so that none of it reaches a log line, an exception message or a test report by accident. Such a
/// type overrides <c>ToString</c> with <c>=&gt; Persoonsgegevens.Verborgen(this)</c> (a record would otherwise print every
/// property, and Identity's user its e-mail address). PersoonsgegevensTests finds these types by their property names.
/// </summary>
public static class Persoonsgegevens
{
    public static string Verborgen(object drager)
    {
        ArgumentNullException.ThrowIfNull(drager);
        return drager.GetType().Name;
    }
}
