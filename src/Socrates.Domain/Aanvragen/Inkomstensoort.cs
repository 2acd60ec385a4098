namespace Socrates.Domain.Aanvragen;

/// <summary>The kind of income (art. 32 Participatiewet); work income has its own vrijlatingen (art. 31 lid 2).</summary>
public enum Inkomstensoort
{
    Arbeid,
    Uitkering,
    Alimentatie,
    Overig,
}
