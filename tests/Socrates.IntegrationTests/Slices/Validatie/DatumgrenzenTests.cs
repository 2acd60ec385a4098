using System.Reflection;
using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Mediator;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Slices.Validatie;

/// <summary>
/// Every date a user can type is bounded by its validator, with a Dutch message at the field: for every command and query
/// with a date (or a month as "jjjj-mm"), the calendar's edges 0001-01-01 and 9999-12-31 are refused at that field, before
/// any handler could compute with them (the probe's 500s: <c>AddMonths</c> beyond 9999, the audit filter's end date).
/// </summary>
public sealed class DatumgrenzenTests(AppFixture app)
{
    private static readonly DateOnly[] Randen = [DateOnly.MinValue, DateOnly.MaxValue];

    public static TheoryData<string> Velden()
    {
        var data = new TheoryData<string>();
        foreach (var (type, pad) in Datumvelden())
        {
            data.Add($"{type.Name}.{pad}");
        }

        return data;
    }

    [DbTheory]
    [MemberData(nameof(Velden))]
    public async Task TheEdgesOfTheCalendar_AreRefusedAtTheField(string veld)
    {
        var (type, pad) = Datumvelden().Single(v => $"{v.Type.Name}.{v.Pad}" == veld);
        foreach (var rand in Randen)
        {
            // As someone the gate lets through, so that what refuses is the date, not the role.
            var rol = type.GetCustomAttribute<VereistAttribute>()!.Rollen.DefaultIfEmpty(Rol.Consulent).First();
            await using var als = app.AlsGebruiker(rol, Leden.Rotterdam);
            var fout = await Assert.ThrowsAsync<ValidationException>(async () => await als.Mediator.Send(Met(type, pad, rand), TestContext.Current.CancellationToken));
            var hier = fout.Errors.Where(f => f.PropertyName == pad).ToList();
            Assert.True(hier.Count == 1, $"{veld} = {rand:yyyy-MM-dd}: {hier.Count} meldingen bij het veld ({string.Join(" | ", fout.Errors.Select(f => f.PropertyName + ": " + f.ErrorMessage))})");
            Assert.Equal(pad.EndsWith("Maand", StringComparison.Ordinal) ? Datumgrenzen.MaandMelding : Datumgrenzen.DatumMelding, hier[0].ErrorMessage);
        }
    }

    [Fact]
    public void TheFirstAndLastDayOfTheRange_AreNotRefusedForTheirRange()
    {
        Assert.Empty(Datumgrenzen.Fouten(new Application.Audit.Lijst.AuditRegelsZoeken { Van = new DateOnly(1900, 1, 1), Tot = new DateOnly(2099, 12, 31) }));
        Assert.Equal(["Van", "Tot"], Datumgrenzen.Fouten(new Application.Audit.Lijst.AuditRegelsZoeken { Van = new DateOnly(1899, 12, 31), Tot = new DateOnly(2100, 1, 1) }).Select(f => f.PropertyName));
    }

    /// <summary>Every date or month field of every message with a parameterless constructor; a month list by its first row.</summary>
    private static IEnumerable<(Type Type, string Pad)> Datumvelden()
    {
        foreach (var type in typeof(Application.ApplicationServices).Assembly.GetTypes()
                     .Where(t => typeof(IMessage).IsAssignableFrom(t) && t is { IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null)
                     .OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            foreach (var eigenschap in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                if (eigenschap.PropertyType == typeof(DateOnly?) || eigenschap.PropertyType == typeof(DateOnly)
                    || (eigenschap.PropertyType == typeof(string) && eigenschap.Name == "Maand"))
                {
                    yield return (type, eigenschap.Name);
                }
                else if (eigenschap.PropertyType == typeof(IReadOnlyList<Application.Terugvorderingen.Voorstellen.MaandRegel>))
                {
                    yield return (type, $"{eigenschap.Name}[0].Maand");
                }
            }
        }
    }

    private static object Met(Type type, string pad, DateOnly datum)
    {
        var bericht = Activator.CreateInstance(type)!;
        if (pad.EndsWith("[0].Maand", StringComparison.Ordinal))
        {
            var regel = new Application.Terugvorderingen.Voorstellen.MaandRegel { Maand = datum.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Bedrag = 10m };
            type.GetProperty(pad[..pad.IndexOf('[', StringComparison.Ordinal)])!.SetValue(bericht, new List<Application.Terugvorderingen.Voorstellen.MaandRegel> { regel });
            return bericht;
        }

        var eigenschap = type.GetProperty(pad)!;
        eigenschap.SetValue(bericht, eigenschap.PropertyType == typeof(string)
            ? datum.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)
            : datum);
        return bericht;
    }
}
