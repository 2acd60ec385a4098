using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Indienen;

/// <summary>The written aanvraag is received: 'Gemeld' becomes 'Ingediend' and the beslistermijn starts (Awb 4:13).</summary>
public sealed record AanvraagIndienen : AanvraagOpdracht, ICommand
{
    public DateOnly? Ontvangstdatum { get; init; }

    public ZoektermijnUitzondering? ZoektermijnUitzondering { get; init; }

    public string? UitzonderingReden { get; init; }
}
