using FluentValidation;
using Socrates.Application.Beheer.Vernietiging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Socrates.Application.Audit;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Betalingen.Grootboek;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Aanvragen.Herberekening;

namespace Socrates.Application;

/// <summary>
/// The application layer's services, shared by both composition roots. The mediator itself is registered by each
/// composition root (the source generator runs there), with the behaviours Autorisatie (the one gate), Logging, Validatie and Transactie in that order
/// (a literal list there: the source generator reads it; <c>PipelineTests</c> checks both roots).
/// </summary>
public static class ApplicationServices
{
    public static IServiceCollection AddSocratesApplication(this IServiceCollection services)
    {
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.AddValidatorsFromAssemblyContaining<AuditSchrijver>(ServiceLifetime.Scoped);
        services.AddScoped<AuditSchrijver>();
        services.AddSingleton<Overzicht.Index.ToekenningcijfersGeheugen>();
        services.AddScoped<Formulierverzendingen>();
        services.AddScoped<DeelBerekenaar>();
        services.AddScoped<Ketenbetaler>();
        services.AddScoped<Huishoudenlezer>();
        services.AddScoped<Aanhoudingslezer>();
        services.AddScoped<Ketenlader>();
        services.AddScoped<Rechtberekenaar>();
        services.AddScoped<Betaalgrootboek>();
        services.AddScoped<HerberekeningMaker>();
        services.AddScoped<BetaalrunUitvoerder>();
        services.AddScoped<Indexeringen.Uitvoeren.IndexeringBerekenaar>();
        services.AddScoped<Indexeringen.Uitvoeren.IndexeringTerugvorderingen>();
        services.AddScoped<Inkomstenopgaven.Lijst.Opgavelijst>();
        services.AddScoped<Indexeringen.Uitvoeren.IndexeringUitvoerder>();
        services.AddScoped<Indexeringen.Uitvoeren.Indexeringsdraaier>();
        services.AddSingleton<Heronderzoeken.Lijst.Planningsgeheugen>();
        services.AddScoped<Heronderzoeken.Lijst.Heronderzoekdraaier>();
        services.AddScoped<Invoerstatus>();
        services.AddScoped<Terugvorderingen.Voorstellen.TerugvorderingMaandcontrole>();
        services.AddScoped<GebruikerContext>();
        services.AddScoped<IHuidigeGebruiker>(sp => sp.GetRequiredService<GebruikerContext>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Normen.NormenVersie>();
        services.AddVernietiging();
        return services;
    }
}
