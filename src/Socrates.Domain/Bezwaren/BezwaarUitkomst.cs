namespace Socrates.Domain.Bezwaren;

/// <summary>The outcome of the beslissing op bezwaar (Awb 7:11): gegrond or gedeeltelijk gegrond means herroeping (7:11 lid 2).</summary>
public enum BezwaarUitkomst
{
    NietOntvankelijk,
    Ongegrond,
    GedeeltelijkGegrond,
    Gegrond,
}
