namespace Socrates.Domain.Rekenkern;

/// <summary>How every line names its article: "art. 21 onder a Participatiewet".</summary>
internal static class Artikel
{
    public static string Pw(string verwijzing) => $"art. {verwijzing} Participatiewet";
}
