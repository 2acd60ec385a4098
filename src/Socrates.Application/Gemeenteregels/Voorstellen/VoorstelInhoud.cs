using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels.Voorstellen;

/// <summary>The version a proposal would become: its stored rules with its own date and reason.</summary>
public static class VoorstelInhoud
{
    public static GemeenteInstellingen Voorgesteld(this InstellingenVoorstel voorstel)
    {
        ArgumentNullException.ThrowIfNull(voorstel);
        return Regelsnapshot.Lees(voorstel.Inhoud) with
        {
            Id = 0, GeldigVanaf = voorstel.GeldigVanaf, Toelichting = voorstel.Toelichting,
            VastgesteldDoor = voorstel.VoorgesteldDoor, VastgesteldOp = voorstel.VoorgesteldOp,
        };
    }
}
