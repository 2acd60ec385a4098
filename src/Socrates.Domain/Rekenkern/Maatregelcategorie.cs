namespace Socrates.Domain.Rekenkern;

/// <summary>The category of the afstemmingsverordening (art. 8 lid 1 onder a, art. 18 lid 2 Participatiewet).</summary>
public enum Maatregelcategorie
{
    Eerste = 1,
    Tweede = 2,
    Derde = 3,
}
