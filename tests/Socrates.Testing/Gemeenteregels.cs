using Socrates.Application.Gemeenteregels.Doorrekenen;
using Socrates.Application.Gemeenteregels.Vastleggen;

namespace Socrates.Testing;

/// <summary>A new version the way the page saves one: first the doorrekening of exactly these values, then the save with its proof.</summary>
public static class Gemeenteregels
{
    public static async ValueTask<GemeenteregelsVastgelegd> VastleggenAsync(this AlsGebruiker als, GemeenteregelsVastleggen command)
    {
        ArgumentNullException.ThrowIfNull(als);
        ArgumentNullException.ThrowIfNull(command);
        var doorrekening = await als.Send(new GemeenteregelsDoorrekenen(command));
        return await als.Send(command with { Bewijs = doorrekening.Bewijs });
    }
}
