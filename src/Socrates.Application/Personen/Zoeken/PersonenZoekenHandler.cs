using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Personen.Zoeken;

public sealed class PersonenZoekenHandler(ISocratesDb db) : IQueryHandler<PersonenZoeken, Pagina<PersoonZoekresultaat>>
{
    public async ValueTask<Pagina<PersoonZoekresultaat>> Handle(PersonenZoeken query, CancellationToken cancellationToken)
    {
        var nummer = Paginering.Begrens(query.Pagina);
        if (!query.HeeftCriteria)
        {
            return new Pagina<PersoonZoekresultaat>([], nummer, Paginering.StandaardGrootte, 0);
        }

        var personen = db.Personen.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Bsn))
        {
            var bsn = Bsn.Parse(query.Bsn);
            personen = personen.Where(p => p.Bsn == bsn);
        }

        if (Zoeknamen.Van(query.Achternaam) is { Length: > 0 } zoeknaam)
        {
            personen = personen.Where(NaamOfBsn.BeginMet(zoeknaam));      // "de Jong", "Jong, de" and "jöng" alike
        }

        if (!string.IsNullOrWhiteSpace(query.Postcode))
        {
            var postcode = Postcode.Parse(query.Postcode);
            personen = personen.Where(p => p.Adres.Postcode == postcode);
            if (query.Huisnummer is { } huisnummer)
            {
                personen = personen.Where(p => p.Adres.Huisnummer == huisnummer);
            }
        }

        if (query.Geboortedatum is { } geboren)
        {
            personen = personen.Where(p => p.Geboortedatum == geboren);
        }

        var totaal = await personen.CountAsync(cancellationToken);
        var rijen = await personen
            .OrderBy(p => p.Achternaam).ThenBy(p => p.Voornamen).ThenBy(p => p.Id)
            .Skip((nummer - 1) * Paginering.StandaardGrootte).Take(Paginering.StandaardGrootte)
            .Select(p => new { p.Id, p.Bsn, p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Geboortedatum, p.Adres })
            .ToListAsync(cancellationToken);
        var items = rijen
            .Select(p => new PersoonZoekresultaat(p.Id, p.Bsn, Persoon.Volledig(p.Voornamen, p.Voorvoegsel, p.Achternaam), p.Geboortedatum, p.Adres.ToString()))
            .ToList();
        return new Pagina<PersoonZoekresultaat>(items, nummer, Paginering.StandaardGrootte, totaal);
    }
}
