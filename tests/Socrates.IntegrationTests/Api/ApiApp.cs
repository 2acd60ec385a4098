using System.Net.Http.Headers;
using Socrates.Application.Beheer.ApiKoppelingen.Aanmaken;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Api;

/// <summary>The app for the API's tests: koppelingen are made through the beheerder's own command, and called with their key.</summary>
public class ApiApp : SqliteApp
{
    private int _volgnummer;

    /// <summary>A koppeling of <paramref name="gemeente"/> in <paramref name="rol"/> with <paramref name="rechten"/>: its id and a client that sends its key.</summary>
    public async Task<(int Id, HttpClient Client)> KoppelingAsync(Lid gemeente, string rol, params string[] rechten)
    {
        await using var beheerder = AlsGebruiker(Rol.Beheerder, gemeente);
        var koppeling = await beheerder.Send(new ApiKoppelingAanmaken
        {
            Naam = $"Portaal {Interlocked.Increment(ref _volgnummer)}", Rol = rol, Rechten = rechten,
        });
        return (koppeling.Id, MetSleutel(koppeling.Sleutel));
    }

    public HttpClient MetSleutel(string sleutel)
    {
        var client = NieuweClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", sleutel);
        return client;
    }
}

/// <summary>An app whose koppelingen may make three calls a minute, to see the limit.</summary>
public sealed class KrappeApiApp : ApiApp
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Api:VerzoekenPerMinuut", "3");
    }
}

/// <summary>
/// An API app whose members came over to Socrates next month, as the assembly's shared app: a claim on a month no run paid is
/// outside the payment ledger, so a koppeling can propose one without a betaalrun first.
/// </summary>
public sealed class ApiOvergangApp : ApiApp
{
    protected override DateOnly? Overgangsmaand => VolgendeMaand;
}

/// <summary>The API app as Development runs it (without the demo dossiers), for the interactive page that only Development has.</summary>
public sealed class ApiOntwikkelApp : ApiApp
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ArgumentNullException.ThrowIfNull(builder);
        Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseEnvironment(builder, "Development");
        builder.UseSetting("Demo:Dossiers", "false");
    }
}
