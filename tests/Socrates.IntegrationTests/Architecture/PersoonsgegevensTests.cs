using System.Reflection;
using Mediator;

namespace Socrates.IntegrationTests.Architecture;

/// <summary>A message that carries a BSN or a name prints only its own name, so it can never leak into a log line.</summary>
public sealed class PersoonsgegevensTests
{
    private static readonly string[] Gevoelig = ["Bsn", "Voornamen", "Achternaam"];

    [Fact]
    public void MessagesWithPersonalData_OverrideToString()
    {
        var berichten = typeof(Application.ApplicationServices).Assembly.GetTypes()
            .Where(t => typeof(IMessage).IsAssignableFrom(t) && !t.IsAbstract)
            .Where(t => t.GetProperties().Any(p => Gevoelig.Contains(p.Name, StringComparer.Ordinal)))
            .ToList();

        var lekkend = berichten.Where(t => !ToStringIsEigen(t)).Select(t => t.Name).ToList();

        Assert.NotEmpty(berichten);
        Assert.True(lekkend.Count == 0, "Deze berichten kunnen een BSN of naam in een logregel zetten: " + string.Join(", ", lekkend));
    }

    [Fact]
    public void PersoonRegistreren_PrintsNoBsnOrName()
    {
        var bericht = Testing.TestData.Persoon("111222333");

        Assert.Equal("PersoonRegistreren", bericht.ToString());
    }

    /// <summary>Written by hand on the type itself: a record's generated ToString prints every property.</summary>
    private static bool ToStringIsEigen(Type type) =>
        type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is { } methode
        && methode.DeclaringType == type
        && !methode.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false);
}
