using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Lijst;

/// <summary>Every claim the list's filters select, in its order (its page number is ignored), for a download; audited.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record TerugvorderingenExporteren(TerugvorderingenLijst Lijst) : IQuery<Exportrijen<TerugvorderingRegelView>>
{
    public const string Export = "TerugvorderingenExporteren";

    /// <summary>Only the message name: the filters may hold a name or a BSN.</summary>
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
