using System.Globalization;
using Socrates.Application.Betalingen.Specificatie;

namespace Socrates.Web.Exporteren;

/// <summary>A household's payment ledger in a download: per month what was due, paid, nabetaald, reserved, verrekend and the saldo.</summary>
public static class Betalingenexport
{
    public static Exporttabel Tabel(int aanvraagId, IEnumerable<SpecificatieMaand> maanden) => Exporttabel.Van(
        $"betalingen-{aanvraagId.ToString(CultureInfo.InvariantCulture)}",
        maanden,
        new Exportkolom<SpecificatieMaand>("Maand", Kolomsoort.Tekst, m => m.Maand.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
        new Exportkolom<SpecificatieMaand>("Dagen", Kolomsoort.Getal, m => m.Grootboek.Dagen),
        new Exportkolom<SpecificatieMaand>("Recht bijstand", Kolomsoort.Bedrag, m => m.Grootboek.Recht.Bijstand),
        new Exportkolom<SpecificatieMaand>("Recht vakantietoeslag", Kolomsoort.Bedrag, m => m.Grootboek.Recht.Vakantietoeslag),
        new Exportkolom<SpecificatieMaand>("Recht maandbedrag", Kolomsoort.Bedrag, m => m.Grootboek.Recht.Maandbedrag),
        new Exportkolom<SpecificatieMaand>("Betaald maandbedrag", Kolomsoort.Bedrag, m => m.Grootboek.Maandbetaald),
        new Exportkolom<SpecificatieMaand>("Nabetaald", Kolomsoort.Bedrag, m => m.Grootboek.Nabetaald),
        new Exportkolom<SpecificatieMaand>("Vakantietoeslag gereserveerd", Kolomsoort.Bedrag, m => m.Grootboek.VakantietoeslagGereserveerd),
        new Exportkolom<SpecificatieMaand>("Vakantietoeslag uitbetaald", Kolomsoort.Bedrag, m => m.Grootboek.VakantietoeslagUitbetaald),
        new Exportkolom<SpecificatieMaand>("Verrekend", Kolomsoort.Bedrag, m => m.Grootboek.Verrekend),
        new Exportkolom<SpecificatieMaand>("Teruggevorderd", Kolomsoort.Bedrag, m => m.Grootboek.Teruggevorderd),
        new Exportkolom<SpecificatieMaand>("Saldo", Kolomsoort.Bedrag, m => m.Grootboek.Saldo),
        new Exportkolom<SpecificatieMaand>("Lopend saldo", Kolomsoort.Bedrag, m => m.LopendSaldo));
}
