using System.Reflection;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.IntegrationTests.Architecture;

/// <summary>
/// One gate: every command and query says who may send it ([Vereist]); no page carries its own [Authorize] (the table
/// in Paginarechten does); no handler checks roles itself, except the two listed with their reason.
/// </summary>
public sealed class AutorisatieTests
{
    /// <summary>Handlers that read the roles to decide what to show or allow within the work, not whether to let the actor in.</summary>
    private static readonly Dictionary<string, string> RolGebruikInHandler = new(StringComparer.Ordinal)
    {
        ["WerkvoorraadHandler"] = "een teamleider ziet het hele team, een consulent standaard zijn eigen werk",
        ["WerkvoorraadSelectie"] = "de werkvoorraad: aanvragen voor wie dossiers behandelt, bezwaren per rol (teamleider alle, bezwaarbehandelaar eigen en vrije, consulent die op zijn dossiers)",
        ["AanvraagToewijzenHandler"] = "een consulent mag een aanvraag alleen aan zichzelf toewijzen, een teamleider aan elke consulent",
        ["OverzichtOpvragenHandler"] = "een teamleider ziet de hele gemeente, een consulent alleen de dossiers die hij behandelt",
        ["HeronderzoekenOpvragenHandler"] = "een teamleider ziet de heronderzoeken van de hele gemeente, een consulent alleen die van zijn dossiers",
    };

    private static readonly Assembly Application = typeof(VereistAttribute).Assembly;

    private static IEnumerable<Type> Berichten() => Application.GetTypes()
        .Where(t => typeof(IMessage).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });

    [Fact]
    public void EveryCommandAndQuery_DeclaresWhoMaySendIt()
    {
        var berichten = Berichten().ToList();
        var zonder = berichten.Where(t => t.GetCustomAttribute<VereistAttribute>() is null).Select(t => t.Name).Order().ToList();

        Assert.True(berichten.Count > 80, $"{berichten.Count} berichten gevonden");
        Assert.True(zonder.Count == 0, "Zonder [Vereist(...)]: " + string.Join(", ", zonder));
    }

    [Fact]
    public void EveryDeclaredRole_Exists_AndOnlyTheWorkersOfBetaalrunAndIndexeringAreSystemOnly()
    {
        var rollen = Berichten().Select(t => (t.Name, t.GetCustomAttribute<VereistAttribute>()?.Rollen ?? [])).ToList();

        Assert.All(rollen.SelectMany(r => r.Item2), rol => Assert.True(Rol.Bestaat(rol) || Rol.Cooperatie.Contains(rol) || rol == Rol.Systeem, rol));
        var alleenSysteem = rollen.Where(r => r.Item2.Count > 0 && r.Item2.All(x => x == Rol.Systeem)).Select(r => r.Name).Order();
        Assert.Equal(["BetaalrunAfronden", "BetaalrunDeelOpslaan", "IndexeringAfronden", "IndexeringDeelOpslaan", "IndexeringenStarten"], alleenSysteem);
    }

    [Fact]
    public void NoPage_CarriesItsOwnAuthorizeAttribute()
    {
        var paginas = typeof(Web.Configuration.Paginarechten).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t)).ToList();
        var metAttribuut = paginas
            .Where(t => t.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any() || t.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true).Any())
            .Select(t => t.FullName).ToList();

        Assert.True(paginas.Count > 50, $"{paginas.Count} pagina's gevonden");
        Assert.True(metAttribuut.Count == 0, "Eigen [Authorize]/[AllowAnonymous] (hoort in Paginarechten): " + string.Join(", ", metAttribuut));
    }

    [Fact]
    public void NoHandler_ChecksRolesItself_ExceptTheListed()
    {
        var heeftRol = typeof(IHuidigeGebruiker).GetMethod(nameof(IHuidigeGebruiker.HeeftRol))!;
        var gebruikers = Application.GetTypes()
            .Where(t => RoeptAan(t, heeftRol))
            .Select(t => BuitensteType(t).Name)
            .Where(n => n != nameof(VereistAttribute))
            .Distinct().Order().ToList();

        Assert.Equal(RolGebruikInHandler.Keys.Order(), gebruikers);
    }

    /// <summary>Whether any method of the type (its async state machines are nested types, scanned on their own) calls the method.</summary>
    private static bool RoeptAan(Type type, MethodInfo doel)
    {
        const BindingFlags alle = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var methode in type.GetMethods(alle).Cast<MethodBase>().Concat(type.GetConstructors(alle)))
        {
            var il = methode.GetMethodBody()?.GetILAsByteArray();
            if (il is null)
            {
                continue;
            }

            for (var i = 0; i + 4 < il.Length; i++)
            {
                if (il[i] is not (0x28 or 0x6F))                       // call, callvirt
                {
                    continue;
                }

                try
                {
                    if (type.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1), type.GetGenericArguments(), null) is { } aangeroepen
                        && aangeroepen.Name == doel.Name && aangeroepen.DeclaringType == doel.DeclaringType)
                    {
                        return true;
                    }
                }
                catch (Exception e) when (e is ArgumentException or BadImageFormatException)
                {
                    // operand bytes that are not a method token
                }
            }
        }

        return false;
    }

    private static Type BuitensteType(Type type) => type.DeclaringType is { } buiten ? BuitensteType(buiten) : type;
}
