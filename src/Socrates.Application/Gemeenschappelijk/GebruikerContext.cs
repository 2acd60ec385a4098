using System.Collections.ObjectModel;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// The scoped holder of <see cref="IHuidigeGebruiker"/>: filled from the sign-in cookie by the web app's middleware,
/// from <c>--gemeente</c> by the command line, and directly by tests. Empty means: nobody, sees nothing.
/// </summary>
public sealed class GebruikerContext : IHuidigeGebruiker
{
    private ReadOnlyCollection<string> _rollen = ReadOnlyCollection<string>.Empty;

    public string? Id { get; private set; }

    public string Weergavenaam { get; private set; } = "Socrates";

    public GemeenteCode? Gemeente { get; private set; }

    public IReadOnlyCollection<string> Rollen => _rollen;

    public bool HeeftRol(string rol) => _rollen.Contains(rol, StringComparer.Ordinal);

    /// <summary>
    /// Acts as this user. <paramref name="gemeente"/> is null only for a user of the cooperative (a Normbeheerder): such a
    /// user sees no municipality's data.
    /// </summary>
    public void Zet(string? id, string weergavenaam, GemeenteCode? gemeente, IEnumerable<string> rollen)
    {
        ArgumentNullException.ThrowIfNull(rollen);
        Id = id;
        Weergavenaam = weergavenaam;
        Gemeente = gemeente;
        _rollen = rollen.ToList().AsReadOnly();
    }

    /// <summary>Acts as <paramref name="identiteit"/> for <paramref name="gemeente"/>: no user id, the identity's own roles.</summary>
    public void ZetSysteem(Systeemidentiteit identiteit, GemeenteCode? gemeente)
    {
        ArgumentNullException.ThrowIfNull(identiteit);
        Zet(null, identiteit.Weergavenaam, gemeente, identiteit.Rollen);
    }

    /// <summary>Acts as <paramref name="identiteit"/> until the result is disposed, then as before.</summary>
    public IDisposable AlsSysteem(Systeemidentiteit identiteit, GemeenteCode gemeente)
    {
        var vorige = (Id, Weergavenaam, Gemeente, _rollen);
        ZetSysteem(identiteit, gemeente);
        return new Terugzetten(() => (Id, Weergavenaam, Gemeente, _rollen) = vorige);
    }

    private sealed class Terugzetten(Action actie) : IDisposable
    {
        public void Dispose() => actie();
    }
}
