using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Bench;

/// <summary>
/// Who the tool acts as. Every scope in which it seeds or sends a command is made here: a system identity with its
/// listed roles (<see cref="Systeemidentiteit"/>), or a named team lead where four-eyes asks for a second person.
/// </summary>
internal static class Handelend
{
    /// <summary>A new scope acting as <paramref name="identiteit"/> for <paramref name="gemeente"/>; the caller disposes it.</summary>
    public static AsyncServiceScope Als(IServiceProvider services, GemeenteCode gemeente, Systeemidentiteit identiteit)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GebruikerContext>().ZetSysteem(identiteit, gemeente);
        return scope;
    }

    /// <summary>A new scope acting as a person (without an account) of <paramref name="gemeente"/> with these roles.</summary>
    public static AsyncServiceScope AlsPersoon(IServiceProvider services, GemeenteCode gemeente, string id, params string[] rollen)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(id, Systeemidentiteit.Benchmark.Weergavenaam, gemeente, rollen);
        return scope;
    }
}
