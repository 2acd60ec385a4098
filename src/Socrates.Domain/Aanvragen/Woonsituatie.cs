namespace Socrates.Domain.Aanvragen;

/// <summary>How the household lives (art. 27 Participatiewet: lower housing costs lower the norm).</summary>
public enum Woonsituatie
{
    Huur,
    EigenWoning,
    Inwonend,
    Dakloos,
}
