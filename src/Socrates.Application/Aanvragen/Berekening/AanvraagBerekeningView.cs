namespace Socrates.Application.Aanvragen.Berekening;

/// <summary>The calculation with the month it is for and what the dossier did not (yet) say.</summary>
public sealed record AanvraagBerekeningView(
    DateOnly Peildatum, Domain.Rekenkern.Berekening Berekening, IReadOnlyList<string> Aannames);
