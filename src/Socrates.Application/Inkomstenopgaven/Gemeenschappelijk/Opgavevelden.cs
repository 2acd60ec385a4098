using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Inkomsten;

namespace Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;

/// <summary>The fields of a loonstrook, as the form sends them: shared by registering and correcting an inkomstenopgave.</summary>
public abstract record Opgavevelden
{
    public Gezinslid? Van { get; init; }

    public string? Werkgever { get; init; }

    public DateOnly? PeriodeVan { get; init; }

    public DateOnly? PeriodeTot { get; init; }

    /// <summary>In euros, e.g. 812,40.</summary>
    public decimal? NettoLoon { get; init; }

    public decimal? BrutoLoon { get; init; }

    /// <summary>Of the netto loon, the vakantiegeld paid in it; empty or 0 when none.</summary>
    public decimal? Vakantiegeld { get; init; }

    public decimal? Uren { get; init; }

    public string? Documentreferentie { get; init; }

    /// <summary>The validated fields as the domain takes them.</summary>
    public Inkomstenopgave.Gegevens Gegevens() => new(
        Van!.Value, Werkgever!, PeriodeVan!.Value, PeriodeTot!.Value, Bedrag.Euro(NettoLoon!.Value), Bedrag.Euro(BrutoLoon!.Value),
        Bedrag.Euro(Vakantiegeld ?? 0m), Uren!.Value, Documentreferentie);
}
