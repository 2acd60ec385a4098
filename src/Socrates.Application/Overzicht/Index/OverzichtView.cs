using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Overzicht.Index;

/// <summary>What the Overzicht shows; <see cref="AlleenEigen"/> when it covers only the reader's own cases (a consulent).</summary>
public sealed record OverzichtView
{
    public required DateOnly Vandaag { get; init; }

    public required bool AlleenEigen { get; init; }

    public required int Signaleringsdagen { get; init; }

    /// <summary>Open aanvragen and wijzigingen per status, in the order of the procedure.</summary>
    public required IReadOnlyList<(AanvraagStatus Status, int Aanvragen, int Wijzigingen)> PerStatus { get; init; }

    /// <summary>Toekenningen that pay this month.</summary>
    public required int LopendeToekenningen { get; init; }

    /// <summary>Per consulent (and "niet toegewezen", id null): open cases by days left, and proposals waiting for a team lead.</summary>
    public required IReadOnlyList<OverzichtConsulent> Consulenten { get; init; }

    /// <summary>Open aanvragen past their term without an ingebrekestelling: a dwangsom can start once one arrives.</summary>
    public required int DwangsomRisico { get; init; }

    /// <summary>Aanvragen with an ingebrekestelling: open, or decided in the last three months, with the dwangsom of today.</summary>
    public required IReadOnlyList<OverzichtDwangsom> Dwangsommen { get; init; }

    /// <summary>The last 12 months, oldest first: toekenningen that started (instroom) and ended (uitstroom) in each.</summary>
    public required IReadOnlyList<(DateOnly Maand, int Instroom, int Uitstroom)> Stroom { get; init; }

    /// <summary>
    /// For a team lead, the same 12 months with the totals of the month's definitive betaalrun (null: none); null for a
    /// consulent, whose own view leaves them out (they are the whole gemeente's).
    /// </summary>
    public required IReadOnlyList<(DateOnly Maand, Betaalruntotalen? Totalen)>? Betaalruns { get; init; }

    /// <summary>Missed heronderzoeken (due date passed, not completed) per consulent (id null: nobody), most first (docs/heronderzoek.md).</summary>
    public IReadOnlyList<OverzichtHeronderzoeken> HeronderzoekenTeLaat { get; init; } = [];

    /// <summary>For a team lead: the open bezwaren with the nearest beslistermijn (Awb 7:10), at most ten; null for a consulent.</summary>
    public IReadOnlyList<OverzichtBezwaar>? Bezwaren { get; init; }

    /// <summary>The dwangsom that still accrues today, summed.</summary>
    public Bedrag DwangsomLopend => Bedrag.Som(Dwangsommen.Where(d => d.Stand.Loopt).Select(d => d.Stand.Bedrag));
}

/// <summary>One consulent's open cases by beslistermijn, and the besluiten he proposed that wait for approval.</summary>
public sealed record OverzichtConsulent(string? Id, string Naam, int Verlopen, int BinnenSignaal, int Ruim, int ZonderTermijn, int VoorstellenWachtend)
{
    public int Open => Verlopen + BinnenSignaal + Ruim + ZonderTermijn;

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>An aanvraag with an ingebrekestelling, where its dwangsom stands (€ 0 under lid 6), and where it is in its course.</summary>
public sealed record OverzichtDwangsom(int AanvraagId, string Naam, string? Behandelaar, DateOnly Ontvangen, DateOnly? Besloten, Dwangsomstand Stand, Dwangsomfase Fase)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>One consulent's heronderzoeken past their due date and not completed.</summary>
public sealed record OverzichtHeronderzoeken(string? Id, string Naam, int Aantal)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
