using Mediator;
using Socrates.Application;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Web.Configuration;

public static class ApplicationRegistratie
{
    /// <summary>
    /// The application layer and its mediator pipeline: Autorisatie → Logging → Validatie → Transactie (commands only).
    /// Tests build the app through Program and so get exactly this registration.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddSocratesApplication();
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.GenerateTypesAsInternal = true;                  // tools/Socrates.Bench hosts this app for bench web next to the CLI's own generated mediator
            options.PipelineBehaviors =                            // a literal list: the source generator reads it
            [
                typeof(AutorisatieBehaviour<,>),
                typeof(LoggingBehaviour<,>),
                typeof(ValidatieBehaviour<,>),
                typeof(TransactieBehaviour<,>),
            ];
        });
        return services;
    }
}
