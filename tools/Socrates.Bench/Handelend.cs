using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Bench;

/// <summary>
/// Who the tool acts as. Every scope in which it seeds or sends a command is made here, so the identity those carry (a
/// user of the gemeente without an account, or a named team lead where four-eyes asks for one) is decided in one place.
/// </summary>
internal static class Handelend
{
    public const string Naam = "Socrates (benchmark)";

    /// <summary>A new scope acting for <paramref name="gemeente"/>; the caller disposes it.</summary>
    public static AsyncServiceScope Als(IServiceProvider services, GemeenteCode gemeente, string? id = null, params string[] rollen)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(id, Naam, gemeente, rollen);
        return scope;
    }
}
