using Socrates.Infrastructure.Demo;
using Socrates.Infrastructure.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Web.Configuration;

public static partial class DatabaseVoorbereiding
{
    public const string StandaardDemoWachtwoord = "Socrates-Demo-2026";

    /// <summary>
    /// Before the first request: the check of the member list (<see cref="Ledencontrole"/>), the migrations when <c>Database:MigrateOnStartup</c> is set (Development, the
    /// containers), and the demo users when <c>Demo:Gebruikers</c> is set, which only Development and the tests allow.
    /// </summary>
    public static async Task BereidDatabaseVoorAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Socrates.Database");
        var demo = app.Configuration.GetValue<bool>("Demo:Gebruikers") || app.Configuration.GetValue<bool>("Demo:Dossiers");
        Ledencontrole.Controleer(app.Configuration, demo, app.Environment.IsDevelopment());
        if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            var toegepast = await DatabaseMigratie.MigreerAsync(app.Services, app.Lifetime.ApplicationStopping);
            var provider = DatabaseProvider.Naam(app.Configuration);
            MigratiesToegepast(logger, toegepast.Count, provider);
            await Ledencontrole.ControleerDatabaseAsync(app.Services, app.Lifetime.ApplicationStopping);
        }

        if (app.Configuration.GetValue<bool>("Demo:Gebruikers"))
        {
            if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
            {
                throw new InvalidOperationException("Demo:Gebruikers is alleen toegestaan in Development.");
            }

            var wachtwoord = app.Configuration["Demo:Wachtwoord"] is { Length: > 0 } w ? w : StandaardDemoWachtwoord;
            var aantal = await DemoGebruikers.AanmakenAsync(app.Services, wachtwoord);
            DemoGebruikersAangemaakt(logger, aantal);
        }

        if (app.Configuration.GetValue<bool>("Demo:Dossiers"))
        {
            if (!app.Environment.IsDevelopment())
            {
                throw new InvalidOperationException("Demo:Dossiers is alleen toegestaan in Development.");
            }

            var dossiers = await DemoDossiers.AanmakenAsync(app.Services, app.Lifetime.ApplicationStopping);
            DemoDossiersAangemaakt(logger, dossiers);
            var runs = await DemoBetalingen.AanmakenAsync(app.Services, app.Lifetime.ApplicationStopping);
            DemoBetaalrunsAangemaakt(logger, runs);
            var indexering = await DemoNormen.AanmakenAsync(app.Services, app.Lifetime.ApplicationStopping);
            DemoNormenAangemaakt(logger, indexering);
            var vorderingen = await DemoTerugvorderingen.AanmakenAsync(app.Services, app.Lifetime.ApplicationStopping);
            DemoTerugvorderingenAangemaakt(logger, vorderingen);
            var heronderzoeken = await DemoHeronderzoeken.AanmakenAsync(app.Services, app.Lifetime.ApplicationStopping);
            DemoHeronderzoekenAangemaakt(logger, heronderzoeken);
            var bezwaren = await DemoBezwaren.AanmakenAsync(app.Services, app.Lifetime.ApplicationStopping);
            DemoBezwarenAangemaakt(logger, bezwaren);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Aantal} migratie(s) toegepast op {Provider}")]
    private static partial void MigratiesToegepast(ILogger logger, int aantal, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Aantal} demodossier(s) aangemaakt")]
    private static partial void DemoDossiersAangemaakt(ILogger logger, int aantal);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Aantal} definitieve demobetaalrun(s) gedraaid")]
    private static partial void DemoBetaalrunsAangemaakt(ILogger logger, int aantal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demonormen per 1 juli 2026 goedgekeurd; indexering in {Delen} deel/delen")]
    private static partial void DemoNormenAangemaakt(ILogger logger, int delen);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Aantal} demoterugvordering(en) aangemaakt")]
    private static partial void DemoTerugvorderingenAangemaakt(ILogger logger, int aantal);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Aantal} demoheronderzoek(en) aangemaakt")]
    private static partial void DemoHeronderzoekenAangemaakt(ILogger logger, int aantal);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Aantal} demobezwa(a)r(en) aangemaakt")]
    private static partial void DemoBezwarenAangemaakt(ILogger logger, int aantal);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Aantal} demogebruiker(s) aangemaakt")]
    private static partial void DemoGebruikersAangemaakt(ILogger logger, int aantal);
}
