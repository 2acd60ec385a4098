using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Beheer.Vernietiging.Blokkades;

namespace Socrates.Application.Beheer.Vernietiging;

/// <summary>The retention and destruction services; a new blocker is one more line here.</summary>
public static class VernietigingServices
{
    public static IServiceCollection AddVernietiging(this IServiceCollection services)
    {
        services.AddScoped<Bewaargronden>();
        services.AddScoped<Vernietigingsblokkaden>();
        services.AddScoped<IVernietigingsblokkade, SaldoBlokkade>();
        services.AddScoped<IVernietigingsblokkade, ToekenningBlokkade>();
        services.AddScoped<IVernietigingsblokkade, TermijnBlokkade>();
        services.AddScoped<IVernietigingsblokkade, BezwaarBlokkade>();
        return services;
    }
}
