using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Rekenkern;

/// <summary>Facts the rekenkern refuses, in Dutch: a household that cannot exist on the peildatum.</summary>
internal static class Invoercontrole
{
    public static void Controleer(Huishouden huishouden, DateOnly peildatum)
    {
        Vereis(huishouden.Aanvrager.Geboortedatum <= peildatum, "De geboortedatum van de aanvrager ligt na de peildatum.");
        Vereis(huishouden.Partner is not { } p || p.Geboortedatum <= peildatum, "De geboortedatum van de partner ligt na de peildatum.");
        Vereis(huishouden.Kinderen.All(k => k <= peildatum), "De geboortedatum van een kind ligt na de peildatum.");
        Vereis(huishouden.Medebewoners.All(m => m.Geboortedatum <= peildatum), "De geboortedatum van een medebewoner ligt na de peildatum.");
        Vereis(huishouden.EerdereMaandenArbeidsvrijlating >= 0, "Het aantal eerdere maanden met een arbeidsvrijlating kan niet negatief zijn.");
        Vereis(huishouden.EerdereMaandenArbeidsvrijlatingPartner >= 0, "Het aantal eerdere maanden met een arbeidsvrijlating van de partner kan niet negatief zijn.");
        Vereis(!huishouden.Bezittingen.IsNegatief && !huishouden.Schulden.IsNegatief, "Bezittingen en schulden kunnen niet negatief zijn.");
        Vereis(huishouden.Inkomsten.All(i => !i.NettoPerMaand.IsNegatief), "Een netto inkomen per maand kan niet negatief zijn.");
        Vereis(
            huishouden.Partner is not null || huishouden.Inkomsten.All(i => i.Van == Gezinslid.Aanvrager),
            "Er is inkomen van de partner opgegeven, maar geen partner.");
        Vereis(huishouden.Maatregel is null || Enum.IsDefined(huishouden.Maatregel.Value), "Kies maatregelcategorie 1, 2 of 3.");
        Vereis(Enum.IsDefined(huishouden.Woonsituatie), "Kies een woonsituatie: huur, eigen woning, inwonend of dakloos.");
    }

    private static void Vereis(bool voorwaarde, string melding)
    {
        if (!voorwaarde)
        {
            throw new DomeinregelException(melding);
        }
    }
}
