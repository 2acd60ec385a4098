namespace Socrates.Domain.Aanvragen;

/// <summary>Whose income it is.</summary>
public enum Gezinslid
{
    Aanvrager,
    Partner,
}
