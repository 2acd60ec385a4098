using Socrates.Application.Aanvragen.Ingebrekestelling;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Testing;

/// <summary>Aanvragen with an ingebrekestelling, for the dwangsom of Awb 4:17–4:18.</summary>
public static class DwangsomData
{
    /// <summary>
    /// An aanvraag received 120 days ago (its term ended 64 days ago) with an ingebrekestelling received
    /// <paramref name="ontvangenDagenGeleden"/> days ago. At 63 (the default) the dwangsom started 49 days ago and reached
    /// day 42, € 1.442, eight days ago: it stopped without a besluit. At 20 it is on its 7th day and still runs.
    /// </summary>
    public static async Task<int> MetIngebrekestellingAsync(this SocratesApp app, Lid gemeente, int ontvangenDagenGeleden = 63)
    {
        ArgumentNullException.ThrowIfNull(app);
        var id = await app.IngediendAsync(gemeente, dagenGeleden: 120);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, gemeente);
        await consulent.Send(new IngebrekestellingRegistreren { AanvraagId = id, Versie = await app.VersieAsync(id), OntvangenOp = app.Klok.Vandaag().AddDays(-ontvangenDagenGeleden) });
        return id;
    }
}
