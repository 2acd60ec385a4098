using Mediator;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.TeBeoordelen.Lijst;

/// <summary>One page of 25 rows, read by <see cref="TeBeoordelenLezer"/>.</summary>
public sealed class TeBeoordelenLijstHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers)
    : IQueryHandler<TeBeoordelenLijst, TeBeoordelenView>
{
    public async ValueTask<TeBeoordelenView> Handle(TeBeoordelenLijst query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new TeBeoordelenView(
            await new TeBeoordelenLezer(db, gebruiker, gebruikers).LeesAsync(query.Pagina, Paginering.StandaardGrootte, cancellationToken));
    }
}
