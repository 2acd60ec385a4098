using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Aanvragen;

/// <summary>The household's means: income (art. 31–33) and vermogen (art. 34 Participatiewet).</summary>
public sealed partial class Aanvraag
{
    public const int MaximumRegels = 30;

    private readonly List<Inkomen> _inkomsten = [];
    private readonly List<Bezitting> _bezittingen = [];

    public IReadOnlyList<Inkomen> Inkomsten => _inkomsten;

    public IReadOnlyList<Bezitting> Bezittingen => _bezittingen;

    /// <summary>Debts present, deducted from the possessions (art. 34 lid 1 onder a).</summary>
    public Bedrag Schulden { get; private set; }

    /// <summary>WOZ value of the own home, when the household lives in it.</summary>
    public Bedrag? WozWaarde { get; private set; }

    /// <summary>The mortgage on the own home.</summary>
    public Bedrag? Hypotheek { get; private set; }

    public void InkomenToevoegen(Gezinslid van, Inkomstensoort soort, Bedrag nettoPerMaand, DateOnly vanaf, DateOnly? tot)
    {
        VereisBewerkbaar();
        if (van == Gezinslid.Partner && PartnerId is null)
        {
            throw new DomeinregelException("Leg eerst de partner vast voordat u inkomen van de partner invoert.");
        }

        if (nettoPerMaand <= Bedrag.Nul)
        {
            throw new DomeinregelException("Het netto inkomen per maand moet groter zijn dan € 0,00.");
        }

        if (tot is { } einde && einde < vanaf)
        {
            throw new DomeinregelException("De einddatum van het inkomen ligt vóór de begindatum.");
        }

        if (_inkomsten.Count >= MaximumRegels)
        {
            throw new DomeinregelException($"Een aanvraag kan hoogstens {MaximumRegels} inkomstenregels hebben.");
        }

        _inkomsten.Add(new Inkomen(van, soort, nettoPerMaand, vanaf, tot));
        Gewijzigd();
    }

    public void InkomenVerwijderen(int inkomenId)
    {
        VereisBewerkbaar();
        _inkomsten.Remove(Zoek(_inkomsten, i => i.Id == inkomenId, "Dit inkomen"));
        Gewijzigd();
    }

    public void BezittingToevoegen(Bezittingsoort soort, string omschrijving, Bedrag waarde)
    {
        VereisBewerkbaar();
        if (waarde.IsNegatief)
        {
            throw new DomeinregelException("De waarde van een bezitting kan niet negatief zijn; schulden vult u apart in.");
        }

        if (_bezittingen.Count >= MaximumRegels)
        {
            throw new DomeinregelException($"Een aanvraag kan hoogstens {MaximumRegels} bezittingen hebben.");
        }

        _bezittingen.Add(new Bezitting(soort, omschrijving.Trim(), waarde));
        Gewijzigd();
    }

    public void BezittingVerwijderen(int bezittingId)
    {
        VereisBewerkbaar();
        _bezittingen.Remove(Zoek(_bezittingen, b => b.Id == bezittingId, "Deze bezitting"));
        Gewijzigd();
    }

    /// <summary>Debts, and for a household in its own home the WOZ value and the mortgage.</summary>
    public void VermogenVastleggen(Bedrag schulden, Bedrag? wozWaarde, Bedrag? hypotheek)
    {
        VereisBewerkbaar();
        if (schulden.IsNegatief || wozWaarde?.IsNegatief == true || hypotheek?.IsNegatief == true)
        {
            throw new DomeinregelException("Schulden, WOZ-waarde en hypotheek kunnen niet negatief zijn.");
        }

        if ((wozWaarde is not null || hypotheek is not null) && Woonsituatie != Aanvragen.Woonsituatie.EigenWoning)
        {
            throw new DomeinregelException("Een WOZ-waarde en hypotheek horen bij een eigen woning: leg eerst de woonsituatie 'eigen woning' vast.");
        }

        Schulden = schulden;
        WozWaarde = wozWaarde;
        Hypotheek = hypotheek;
        Gewijzigd();
    }

    /// <summary>Possessions minus debts, before the exemptions of art. 34 lid 2.</summary>
    public Bedrag VermogenSaldo => _bezittingen.Aggregate(Bedrag.Nul, (som, b) => som + b.Waarde) - Schulden;
}
