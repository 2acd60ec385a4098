namespace Socrates.Domain.Aanvragen;

/// <summary>Kinds of possessions counted as vermogen (art. 34 lid 1 Participatiewet).</summary>
public enum Bezittingsoort
{
    Betaalrekening,
    Spaarrekening,
    Contant,
    Voertuig,
    Beleggingen,
    Overig,
}
