using System.Reflection;
using Mediator;
using Socrates.Application.Audit.Lijst;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.IntegrationTests.Architecture;

/// <summary>
/// The audit trail shows every action in Dutch: each command (its type name is the code the pipeline writes) and each
/// code a handler writes itself (a public const string named Inzage, Export or Actie), and the codes of the account pages,
/// have a label in <see cref="Auditacties"/>.
/// </summary>
public sealed class AuditactiesTests
{
    private static readonly Assembly Application = typeof(VereistAttribute).Assembly;

    /// <summary>Written by the sign-in, sign-out and password pages of the web app.</summary>
    private static readonly string[] Paginacodes = ["Inloggen", "Uitloggen", "WachtwoordInstellen"];

    [Fact]
    public void EveryActionCodeThatIsWritten_HasADutchLabel()
    {
        var commands = Application.GetTypes()
            .Where(t => typeof(IBaseCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => t.Name);
        var eigen = Application.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true, Name: "Inzage" or "Export" or "Actie" } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
        var codes = commands.Concat(eigen).Concat(Paginacodes).Distinct(StringComparer.Ordinal).ToList();

        var zonder = codes.Where(c => !Auditacties.Labels.ContainsKey(c)).Order(StringComparer.Ordinal).ToList();

        Assert.True(codes.Count > 50, $"{codes.Count} codes gevonden");
        Assert.True(zonder.Count == 0, "Zonder Nederlands label in Auditacties: " + string.Join(", ", zonder));
        Assert.All(Auditacties.Labels.Values, l => Assert.False(string.IsNullOrWhiteSpace(l)));
    }
}
