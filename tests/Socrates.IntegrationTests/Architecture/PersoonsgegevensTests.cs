using System.Reflection;
using System.Runtime.CompilerServices;
using Socrates.Application.Gebruikers.Aanmaken;
using Socrates.Domain.Personen;

namespace Socrates.IntegrationTests.Architecture;

/// <summary>
/// No type of the product prints personal data in its <c>ToString</c>, so none can leak into a log line, an exception
/// message or a test report by accident (a record prints every property; Identity's user prints its e-mail address).
/// <para>
/// The rule: every class or record of Socrates.Domain, .Application, .Infrastructure, .Web and the CLI, public or not,
/// that has a property of type <c>string</c>, <see cref="Bsn"/> or <see cref="Iban"/> named
/// </para>
/// <list type="bullet">
/// <item><c>Bsn</c>, <c>Iban</c>, <c>Email</c>, <c>UserName</c> (Identity's, which is the e-mail address), or ending in one
/// of them (<c>AanvragerBsn</c>, <c>NormalizedUserName</c>);</item>
/// <item><c>Voornamen</c>, <c>Achternaam</c>, <c>Naam</c> or ending in <c>Naam</c> (<c>BehandelaarNaam</c>), except a
/// municipality's own name (<c>GemeenteNaam</c>, <c>BriefNaam</c>) and the <see cref="NietPersoonlijk"/> list below;</item>
/// <item>anything with <c>Wachtwoord</c> in it.</item>
/// </list>
/// <para>
/// For each such type the test makes an instance without a constructor, puts a recognisable value in every such property it
/// can set, and demands that <c>ToString</c> shows none of them (a type whose such properties are all computed keeps
/// object's <c>ToString</c>). The product's way to pass is
/// <c>public override string ToString() =&gt; Persoonsgegevens.Verborgen(this);</c>. Compiler-generated types (anonymous
/// types of a LINQ projection, closures) cannot override <c>ToString</c> and are not checked.
/// </para>
/// </summary>
public sealed class PersoonsgegevensTests
{
    private static readonly Assembly[] Product =
    [
        typeof(Domain.Gemeenschappelijk.Persoonsgegevens).Assembly,
        typeof(Application.ApplicationServices).Assembly,
        typeof(Infrastructure.Identity.Gebruiker).Assembly,
        typeof(Web.Betalingen.BetaalrunWachtrij).Assembly,
        typeof(Socrates.Cli.CliHost).Assembly,
    ];

    /// <summary>Properties named like personal data that hold none: the name of a thing, not of a person.</summary>
    private static readonly HashSet<string> NietPersoonlijk =
    [
        "Lid.Naam",                 // a member municipality
        "Gemeente.Naam",            // a municipality
        "Normveld.Naam",            // a figure of the national norms
        "Weergaveregel.Naam",    // a setting of the gemeenteregels
        "Vergelijkingsregel.Naam",  // a setting, compared between two versions
    ];

    private static readonly Bsn GeheimBsn = Bsn.Parse("111222333");

    private static readonly Iban GeheimeIban = Iban.Parse("NL91ABNA0417164300");

    public static TheoryData<string> TypenMetPersoonsgegevens => [.. TypenMetGegevens().Select(t => t.Type.FullName!)];

    [Fact]
    public void TheRule_FindsTheKnownCarriersOfPersonalData()
    {
        var typen = TypenMetGegevens().Select(t => t.Type).ToList();

        Assert.Contains(typeof(GebruikerAanmaken), typen);
        Assert.Contains(typeof(Application.Personen.Registreren.PersoonRegistreren), typen);
        Assert.Contains(typeof(Application.Aanvragen.Dossier.DossierPersoon), typen);
        Assert.Contains(typeof(Domain.Personen.Persoon), typen);
        Assert.Contains(typeof(Infrastructure.Identity.Gebruiker), typen);
        Assert.Contains(typeof(Web.Pages.Account.InloggenInvoer), typen);
        Assert.DoesNotContain(typeof(Domain.Gemeenten.Lid), typen);
    }

    [Theory]
    [MemberData(nameof(TypenMetPersoonsgegevens))]
    public void ToString_ShowsNoPersonalData(string typeNaam)
    {
        var (type, eigenschappen) = TypenMetGegevens().Single(t => t.Type.FullName == typeNaam);
        var exemplaar = RuntimeHelpers.GetUninitializedObject(type);
        var geheimen = eigenschappen.SelectMany(e => Vul(exemplaar, e)).ToList();

        var tekst = exemplaar.ToString() ?? "";

        Assert.All(geheimen, geheim => Assert.DoesNotContain(geheim, tekst, StringComparison.Ordinal));
        if (geheimen.Count == 0)
        {
            // Every such property is computed from a dependency (the signed-in user): nothing to fill, so its ToString
            // must be object's (the type name), not one that prints properties.
            Assert.Equal(typeof(object), type.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType);
        }
    }

    [Fact]
    public void GebruikerAanmaken_PrintsOnlyItsName_NotThePassword()
    {
        var bericht = new GebruikerAanmaken { Email = "a@b.example", Naam = "Anna de Vries", Rol = "Consulent", Wachtwoord = "Geheim-Wachtwoord-1" };

        Assert.Equal(nameof(GebruikerAanmaken), bericht.ToString());
    }

    private static IEnumerable<(Type Type, IReadOnlyList<PropertyInfo> Eigenschappen)> TypenMetGegevens() =>
        Product.SelectMany(a => a.GetTypes())
            .Where(t => (t.IsClass || t.IsValueType) && !t.IsAbstract && !t.IsGenericTypeDefinition && !t.IsEnum
                && !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
            .Select(t => (Type: t, Eigenschappen: (IReadOnlyList<PropertyInfo>)t
                .GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && IsPersoonsgegeven(t, p)).ToList()))
            .Where(t => t.Eigenschappen.Count > 0)
            .OrderBy(t => t.Type.FullName, StringComparer.Ordinal);

    private static bool IsPersoonsgegeven(Type type, PropertyInfo eigenschap)
    {
        var soort = Nullable.GetUnderlyingType(eigenschap.PropertyType) ?? eigenschap.PropertyType;
        if (soort != typeof(string) && soort != typeof(Bsn) && soort != typeof(Iban))
        {
            return false;
        }

        var naam = eigenschap.Name;
        if (NietPersoonlijk.Contains($"{type.Name}.{naam}") || naam.StartsWith("Gemeente", StringComparison.Ordinal) || naam.StartsWith("Brief", StringComparison.Ordinal))
        {
            return false;
        }

        return naam.EndsWith("Bsn", StringComparison.Ordinal) || naam.EndsWith("Iban", StringComparison.Ordinal) || naam.EndsWith("Email", StringComparison.Ordinal) || naam.EndsWith("UserName", StringComparison.Ordinal)
            || naam is "Voornamen" or "Achternaam" || naam.EndsWith("Naam", StringComparison.Ordinal) || naam.Contains("Wachtwoord", StringComparison.Ordinal);
    }

    /// <summary>
    /// Puts a recognisable value in the property (through its setter or its backing field); returns the ways it could be
    /// printed (an IBAN also in groups of four), or nothing when the property cannot be set (it is computed from others).
    /// </summary>
    private static string[] Vul(object exemplaar, PropertyInfo eigenschap)
    {
        var soort = Nullable.GetUnderlyingType(eigenschap.PropertyType) ?? eigenschap.PropertyType;
        var tekst = $"Geheim-{eigenschap.Name}-7Q";
        (object Waarde, string[] Teksten) geheim = soort == typeof(Bsn) ? (GeheimBsn, [GeheimBsn.Waarde])
            : soort == typeof(Iban) ? (GeheimeIban, [GeheimeIban.Waarde, GeheimeIban.Opgemaakt])
            : (tekst, [tekst]);
        var veld = eigenschap.DeclaringType?.GetField($"<{eigenschap.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance);
        if (eigenschap.SetMethod is not null)
        {
            eigenschap.SetValue(exemplaar, geheim.Waarde);
        }
        else if (veld is not null)
        {
            veld.SetValue(exemplaar, geheim.Waarde);
        }
        else
        {
            return [];
        }

        return geheim.Teksten;
    }
}
