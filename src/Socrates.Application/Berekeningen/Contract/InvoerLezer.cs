using System.Text.Json;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Berekeningen.Contract;

/// <summary>
/// The input contract of <c>socrates bereken</c> (docs/bereken.md): one JSON document, amounts in euros as numbers,
/// dates as yyyy-MM-dd, absent lists empty. Either a valid <see cref="BerekenInvoer"/> or one message per invalid field.
/// </summary>
public static class InvoerLezer
{
    private static readonly Dictionary<string, Gezinslid> Personen = new(StringComparer.Ordinal)
    {
        ["aanvrager"] = Gezinslid.Aanvrager, ["partner"] = Gezinslid.Partner,
    };

    private static readonly Dictionary<string, Inkomstensoort> Soorten = new(StringComparer.Ordinal)
    {
        ["arbeid"] = Inkomstensoort.Arbeid, ["uitkering"] = Inkomstensoort.Uitkering,
        ["alimentatie"] = Inkomstensoort.Alimentatie, ["overig"] = Inkomstensoort.Overig,
    };

    private static readonly Dictionary<string, Woonsituatie> Woonsituaties = new(StringComparer.Ordinal)
    {
        ["huur"] = Woonsituatie.Huur, ["eigenWoning"] = Woonsituatie.EigenWoning,
        ["inwonend"] = Woonsituatie.Inwonend, ["dakloos"] = Woonsituatie.Dakloos,
    };

    private static readonly Dictionary<string, Maatregelcategorie> Categorieen = new(StringComparer.Ordinal)
    {
        ["1"] = Maatregelcategorie.Eerste, ["2"] = Maatregelcategorie.Tweede, ["3"] = Maatregelcategorie.Derde,
    };

    public static (BerekenInvoer? Invoer, IReadOnlyList<string> Fouten) Lees(string tekst, LandelijkeNormen landelijk)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(tekst, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException fout)
        {
            return (null, [$"invoer: dit is geen geldig JSON-document (regel {fout.LineNumber + 1}, positie {fout.BytePositionInLine + 1})."]);
        }

        using (document)
        {
            if (JsonVelden.OngeldigeTekst(document.RootElement, "") is { } ongeldig)
            {
                return (null, [$"{ongeldig}: bevat een ongeldig teken (een losse surrogaat zoals \\ud800); gebruik geldige Unicode-tekst."]);
            }

            var v = new JsonVelden();
            var invoer = Lees(document.RootElement, v, landelijk.Normen.EersteIngangsdatum);
            return v.Fouten.Count == 0 ? (invoer, []) : (null, v.Fouten);
        }
    }

    private static BerekenInvoer? Lees(JsonElement root, JsonVelden v, DateOnly eersteNormen)
    {
        if (!v.IsObject(root, "", "gemeente", "peildatum", "aanvrager", "partner", "kinderen", "medebewoners", "ouderlijkeBijdrageOntoereikend",
                "inkomsten", "eerdereMaandenArbeidsvrijlating", "eerdereMaandenArbeidsvrijlatingPartner", "vermogen", "woonsituatie", "maatregelCategorie"))
        {
            return null;
        }

        var gemeente = Gemeente(root, v);
        var peildatum = v.Datum(root, "peildatum", "");
        if (peildatum is { } p && p < eersteNormen)
        {
            v.Fout("peildatum", $"Socrates kent de landelijke normen vanaf {eersteNormen:yyyy-MM-dd}; kies een peildatum vanaf die datum.");
            peildatum = null;
        }

        var aanvrager = Aanvrager(root, v, peildatum);
        var partner = Partner(root, v, peildatum);
        var kinderen = v.Lijst(root, "kinderen")
            .Where(k => v.IsObject(k.Element, k.Pad, "geboortedatum"))
            .Select(k => Geboren(k.Element, k.Pad, v, peildatum))
            .ToList();
        var medebewoners = v.Lijst(root, "medebewoners")
            .Where(m => v.IsObject(m.Element, m.Pad, "geboortedatum", "familieTotTweedeGraad", "student", "commercieleOvereenkomst", "overeenkomstMetDerde"))
            .Select((m, i) => new Medebewoner(
                $"Medebewoner {i + 1}",
                Geboren(m.Element, m.Pad, v, peildatum) ?? default,
                v.JaNee(m.Element, "familieTotTweedeGraad", m.Pad, false),
                v.JaNee(m.Element, "student", m.Pad, false),
                v.JaNee(m.Element, "commercieleOvereenkomst", m.Pad, false),
                OvereenkomstMetDerde(m.Element, m.Pad, v)))
            .ToList();
        var inkomsten = v.Lijst(root, "inkomsten")
            .Where(i => v.IsObject(i.Element, i.Pad, "persoon", "soort", "nettoPerMaand"))
            .Select(i => Inkomen(i.Element, i.Pad, v, partner is not null))
            .ToList();
        var (bezittingen, schulden) = Vermogen(root, v);
        var woonsituatie = v.Keuze(root, "woonsituatie", "", Woonsituaties, Woonsituatie.Huur);
        var maatregel = Maatregel(root, v);
        var ouderlijkeBijdrageOntoereikend = v.JaNee(root, "ouderlijkeBijdrageOntoereikend", "", false);
        var eerdereMaanden = v.AantalMaanden(root, "eerdereMaandenArbeidsvrijlating", "");
        var eerdereMaandenPartner = v.AantalMaanden(root, "eerdereMaandenArbeidsvrijlatingPartner", "");

        if (gemeente is null || peildatum is null || aanvrager is null || v.Fouten.Count > 0)
        {
            return null;
        }

        var huishouden = new Huishouden
        {
            Aanvrager = aanvrager,
            Partner = partner,
            Kinderen = [.. kinderen.OfType<DateOnly>()],
            Medebewoners = medebewoners,
            OuderlijkeBijdrageOntoereikend = ouderlijkeBijdrageOntoereikend,
            Inkomsten = [.. inkomsten.OfType<Inkomstenregel>()],
            EerdereMaandenArbeidsvrijlating = eerdereMaanden,
            EerdereMaandenArbeidsvrijlatingPartner = eerdereMaandenPartner,
            Bezittingen = bezittingen,
            Schulden = schulden,
            Woonsituatie = woonsituatie ?? Woonsituatie.Huur,
            Maatregel = maatregel,
        };
        return new BerekenInvoer(gemeente, peildatum.Value, huishouden);
    }

    private static GemeenteCode? Gemeente(JsonElement root, JsonVelden v)
    {
        var codes = string.Join(", ", Leden.Alle.Select(l => l.Code));
        if (JsonVelden.Veld(root, "gemeente") is not { ValueKind: JsonValueKind.String } veld)
        {
            v.Fout("gemeente", $"vul de CBS-code van de gemeente in, een van {codes}.");
            return null;
        }

        var code = veld.GetString();
        if (!GemeenteCode.IsGeldig(code) || Leden.Zoek(GemeenteCode.Parse(code)) is null)
        {
            v.Fout("gemeente", $"{code} is geen lid; kies uit {codes}.");
            return null;
        }

        return GemeenteCode.Parse(code);
    }

    private static Aanvrager? Aanvrager(JsonElement root, JsonVelden v, DateOnly? peildatum)
    {
        if (JsonVelden.Veld(root, "aanvrager") is not { } element)
        {
            v.Fout("aanvrager", "vul de aanvrager in, met ten minste zijn geboortedatum.");
            return null;
        }

        if (!v.IsObject(element, "aanvrager", "geboortedatum", "inInrichting"))
        {
            return null;
        }

        var geboren = Geboren(element, "aanvrager", v, peildatum);
        var inInrichting = v.JaNee(element, "inInrichting", "aanvrager", false);
        return geboren is { } g ? new Aanvrager(g, inInrichting) : null;
    }

    private static Partner? Partner(JsonElement root, JsonVelden v, DateOnly? peildatum)
    {
        if (JsonVelden.Veld(root, "partner") is not { } element || !v.IsObject(element, "partner", "geboortedatum", "inInrichting", "heeftRecht"))
        {
            return null;
        }

        var geboren = Geboren(element, "partner", v, peildatum);
        var inInrichting = v.JaNee(element, "inInrichting", "partner", false);
        var heeftRecht = v.JaNee(element, "heeftRecht", "partner", true);
        return new Partner(geboren ?? default, inInrichting, heeftRecht);
    }

    private static DateOnly? Geboren(JsonElement element, string pad, JsonVelden v, DateOnly? peildatum)
    {
        var geboren = v.Datum(element, "geboortedatum", pad);
        if (geboren is { } g && peildatum is { } p && g > p)
        {
            v.Fout(JsonVelden.Pad(pad, "geboortedatum"), "de geboortedatum ligt na de peildatum.");
            return null;
        }

        return geboren;
    }

    /// <summary>Art. 19a lid 1 onder c: the commercial agreement is with the aanvrager's landlord; only with a commercial agreement.</summary>
    private static bool OvereenkomstMetDerde(JsonElement element, string pad, JsonVelden v)
    {
        var metDerde = v.JaNee(element, "overeenkomstMetDerde", pad, false);
        if (metDerde && JsonVelden.Veld(element, "commercieleOvereenkomst") is not { ValueKind: JsonValueKind.True })
        {
            v.Fout(JsonVelden.Pad(pad, "overeenkomstMetDerde"), "kan alleen met commercieleOvereenkomst true.");
        }

        return metDerde;
    }

    private static Inkomstenregel? Inkomen(JsonElement element, string pad, JsonVelden v, bool heeftPartner)
    {
        var persoon = v.Keuze(element, "persoon", pad, Personen, null);
        if (persoon == Gezinslid.Partner && !heeftPartner)
        {
            v.Fout(JsonVelden.Pad(pad, "persoon"), "er is geen partner opgegeven.");
        }

        var soort = v.Keuze(element, "soort", pad, Soorten, null);
        var bedrag = v.Euro(element, "nettoPerMaand", pad, verplicht: true);
        return persoon is { } wie && soort is { } wat ? new Inkomstenregel(wie, wat, bedrag) : null;
    }

    private static (Domain.Geld.Bedrag Bezittingen, Domain.Geld.Bedrag Schulden) Vermogen(JsonElement root, JsonVelden v)
    {
        if (JsonVelden.Veld(root, "vermogen") is not { } element || !v.IsObject(element, "vermogen", "bezittingen", "schulden"))
        {
            return (Domain.Geld.Bedrag.Nul, Domain.Geld.Bedrag.Nul);
        }

        return (v.Euro(element, "bezittingen", "vermogen", verplicht: false), v.Euro(element, "schulden", "vermogen", verplicht: false));
    }

    private static Maatregelcategorie? Maatregel(JsonElement root, JsonVelden v)
    {
        if (JsonVelden.Veld(root, "maatregelCategorie") is not { } veld)
        {
            return null;
        }

        if (veld.ValueKind == JsonValueKind.Number && Categorieen.TryGetValue(veld.GetRawText(), out var categorie))
        {
            return categorie;
        }

        v.Fout("maatregelCategorie", "kies 1, 2 of 3, of laat het veld weg.");
        return null;
    }
}
