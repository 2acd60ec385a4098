using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Beschikkingen;

/// <summary>One person a decision letter is addressed to: the full name for the address block, the surname for the salutation.</summary>
public sealed record Briefontvanger(string Naam, string AchternaamMetVoorvoegsel)
{
    public static Briefontvanger Van(Persoon persoon)
    {
        ArgumentNullException.ThrowIfNull(persoon);
        return new Briefontvanger(persoon.Naam, Persoon.Volledig("", persoon.Voorvoegsel, persoon.Achternaam));
    }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
