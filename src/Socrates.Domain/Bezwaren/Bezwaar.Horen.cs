using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Bezwaren;

/// <summary>Hearing the belanghebbende (Awb 7:2) or why not (7:3), and a voorlopige voorziening asked of the court (Awb 8:81).</summary>
public sealed partial class Bezwaar
{
    public const int MaximumPlaats = 200;

    public DateOnly? HoorzittingOp { get; private set; }

    public string? HoorzittingPlaats { get; private set; }

    public string? Hoorverslag { get; private set; }

    public AfzienVanHorenGrond? AfzienVanHoren { get; private set; }

    public string? AfzienToelichting { get; private set; }

    public DateOnly? VoorlopigeVoorzieningOp { get; private set; }

    /// <summary>The court's ruling on the voorlopige voorziening, once known (free text: toegewezen, afgewezen, …).</summary>
    public string? VoorlopigeVoorzieningUitkomst { get; private set; }

    /// <summary>Awb 7:2 is met: heard (the verslag recorded) or a ground of 7:3 recorded.</summary>
    public bool HorenAfgerond => Hoorverslag is not null || AfzienVanHoren is not null;

    /// <summary>Plans the hoorzitting (Awb 7:2) on <paramref name="datum"/> at <paramref name="plaats"/>; it can be moved until its verslag is recorded.</summary>
    public void HoorzittingPlannen(DateOnly datum, string plaats, DateOnly vandaag)
    {
        VereisInBehandeling("een hoorzitting plannen");
        VereisHorenOpen();
        if (datum < vandaag)
        {
            throw new DomeinregelException("Een hoorzitting plant u vandaag of later.");
        }

        HoorzittingOp = datum;
        HoorzittingPlaats = string.IsNullOrWhiteSpace(plaats) || plaats.Trim().Length > MaximumPlaats
            ? throw new DomeinregelException($"Vul de plaats van de hoorzitting in (hoogstens {MaximumPlaats} tekens).")
            : plaats.Trim();
        Versie++;
    }

    /// <summary>Records the verslag of the hoorzitting once it has taken place (Awb 7:7: a verslag is made of the hearing).</summary>
    public void HoorverslagVastleggen(string verslag, DateOnly vandaag)
    {
        VereisInBehandeling("een hoorverslag vastleggen");
        VereisHorenOpen();
        if (HoorzittingOp is not { } zitting)
        {
            throw new DomeinregelException("Plan eerst de hoorzitting.");
        }

        if (zitting > vandaag)
        {
            throw new DomeinregelException($"De hoorzitting is op {zitting:dd-MM-yyyy}: leg het verslag daarna vast.");
        }

        Hoorverslag = Tekst(verslag, "het verslag van de hoorzitting");
        Versie++;
    }

    /// <summary>Records that the belanghebbende is not heard, on a ground of Awb 7:3, with a short explanation.</summary>
    public void AfzienVanHorenVastleggen(AfzienVanHorenGrond grond, string toelichting)
    {
        VereisInBehandeling("afzien van horen");
        VereisHorenOpen();
        AfzienVanHoren = grond;
        AfzienToelichting = Reden(toelichting, "Afzien van horen");
        HoorzittingOp = null;
        HoorzittingPlaats = null;
        Versie++;
    }

    /// <summary>Notes a request for a voorlopige voorziening (Awb 8:81) made on <paramref name="aangevraagdOp"/>, and its outcome when known.</summary>
    public void VoorlopigeVoorzieningNoteren(DateOnly aangevraagdOp, string? uitkomst, DateOnly vandaag)
    {
        if (aangevraagdOp > vandaag || aangevraagdOp < Ontvangen)
        {
            throw new DomeinregelException("Het verzoek om een voorlopige voorziening is gedaan tussen de ontvangst van het bezwaar en vandaag.");
        }

        if (uitkomst is not null && uitkomst.Trim().Length > MaximumReden)
        {
            throw new DomeinregelException($"De uitkomst is hoogstens {MaximumReden} tekens.");
        }

        VoorlopigeVoorzieningOp = aangevraagdOp;
        VoorlopigeVoorzieningUitkomst = string.IsNullOrWhiteSpace(uitkomst) ? null : uitkomst.Trim();
        Versie++;
    }

    private void VereisHorenOpen()
    {
        if (HorenAfgerond)
        {
            throw new DomeinregelException(Hoorverslag is not null
                ? "Het verslag van de hoorzitting is al vastgelegd."
                : "Er is al vastgelegd dat wordt afgezien van horen.");
        }
    }
}
