using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Indienen;

/// <summary>The written aanvraag is received: 'Gemeld' becomes 'Ingediend' and the beslistermijn starts (Awb 4:13).</summary>
[Vereist(Rol.Consulent)]
public sealed record AanvraagIndienen : AanvraagOpdracht, ICommand
{
    public DateOnly? Ontvangstdatum { get; init; }

    public ZoektermijnUitzondering? ZoektermijnUitzondering { get; init; }

    public string? UitzonderingReden { get; init; }
}
