using Socrates.Domain.Aanvragen;

namespace Socrates.Domain.Rekenkern;

/// <summary>The aanvrager or the partner as the norms see him on the peildatum.</summary>
internal sealed record Gezinspersoon(
    Gezinslid Lid, int Leeftijd, bool Pensioengerechtigd, bool InInrichting, string? RedenGeenRecht, string? ArtikelGeenRecht)
{
    public const int Meerderjarig = 18;
    public const int JongerenGrens = 21;

    public bool Recht => RedenGeenRecht is null;

    public string Rol => Lid == Gezinslid.Aanvrager ? "aanvrager" : "partner";

    /// <summary>18, 19 or 20 (or younger): the jongerennormen of art. 20, never a kostendelersnorm.</summary>
    public bool IsJongere => Leeftijd < JongerenGrens;

    /// <summary>
    /// The entitled spouse "van zijn leeftijd" of art. 24: the same person, entitled. Also the partner with whom art. 32
    /// lid 3's "bijstandsnorm voor gehuwden" is computed.
    /// </summary>
    public Gezinspersoon Evenbeeld() =>
        this with { Lid = Lid == Gezinslid.Aanvrager ? Gezinslid.Partner : Gezinslid.Aanvrager, RedenGeenRecht = null, ArtikelGeenRecht = null };
}
