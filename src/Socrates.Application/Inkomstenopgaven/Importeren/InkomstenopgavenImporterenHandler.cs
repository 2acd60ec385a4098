using FluentValidation;
using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;
using Socrates.Application.Inkomstenopgaven.Registreren;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Inkomsten;
using K = Socrates.Application.Inkomstenopgaven.Importeren.Opgavekolommen;

namespace Socrates.Application.Inkomstenopgaven.Importeren;

/// <summary>
/// Reads every row (<see cref="Opgavebestand"/>), then applies the quick entry's database rules (<see cref="Opgaveregels"/>)
/// to the whole file at once: the clients (two queries), their toekenningen over the file's months (one), the opgaven already
/// there (one), and the file's own doubles. Any problem: all of them, by line, and nothing saved. Otherwise every opgave is
/// added and saved with one SaveChanges, in the pipeline's one transaction.
/// </summary>
public sealed class InkomstenopgavenImporterenHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok, IValidator<InkomstenopgaveRegistreren> rijvalidator)
    : ICommandHandler<InkomstenopgavenImporteren, InkomstenopgavenGeimporteerd>
{
    public async ValueTask<InkomstenopgavenGeimporteerd> Handle(InkomstenopgavenImporteren command, CancellationToken cancellationToken)
    {
        var (rijen, fouten) = Opgavebestand.Lees(command.Bestand!, rijvalidator);
        if (rijen.Count == 0)
        {
            throw new BestandAfgekeurdException(fouten);
        }

        var gelezen = rijen.Select(r => (Rij: r, Maand: Maand.ProbeerLees(r.Invoer.Maand, out var m) ? m : (Maand?)null,
            Klant: r.Invoer.Klant?.Trim() ?? "")).ToList();
        fouten.AddRange(gelezen.Where(r => r.Klant.Length > 0 && !Opgaveregels.IsKlantnummer(r.Klant))
            .Select(r => new Importfout(r.Rij.Regel, K.Klant, Opgaveregels.OngeldigeKlant)));
        var bruikbaar = gelezen.Where(r => r.Maand is not null && Opgaveregels.IsKlantnummer(r.Klant)).ToList();
        var aanvragers = await Opgaveregels.AanvragersAsync(db, bruikbaar.Select(r => r.Klant), cancellationToken);
        var maanden = bruikbaar.Select(r => r.Maand!.Value).ToList();
        var toekenningen = maanden.Count == 0 ? Enumerable.Empty<Opgavetoekenning>().ToLookup(t => t.AanvragerId)
            : await Opgaveregels.ToekenningenAsync(db, [.. aanvragers.Values], maanden.Min(), maanden.Max(), cancellationToken);
        var bestaand = maanden.Count == 0 ? [] : await Opgaveregels.BestaandeAsync(
            db, [.. toekenningen.SelectMany(t => t).Select(t => t.Id)], maanden.Min(), maanden.Max(), cancellationToken);

        var inBestand = new Dictionary<Opgavesleutel, int>();
        var opgaven = new List<(Opgaverij Rij, Opgavetoekenning Toekenning, Maand Maand)>();
        foreach (var (rij, maand, klant) in bruikbaar)
        {
            if (!aanvragers.TryGetValue(klant, out var aanvrager))
            {
                fouten.Add(new(rij.Regel, K.Klant, Opgaveregels.OnbekendeKlant));
                continue;
            }

            if (Opgaveregels.Kies(toekenningen[aanvrager], maand!.Value) is not { } toekenning)
            {
                fouten.Add(new(rij.Regel, K.Maand, Opgaveregels.GeenBijstand(maand.Value)));
                continue;
            }

            if (rij.Invoer.Van is not { } van)
            {
                continue;                                       // reported by the row's own check
            }

            if (van == Gezinslid.Partner && !toekenning.HeeftPartner)
            {
                fouten.Add(new(rij.Regel, K.Persoon, Opgaveregels.GeenPartner));
            }

            if (!string.IsNullOrWhiteSpace(rij.Invoer.Werkgever))
            {
                var sleutel = Opgavesleutel.Voor(toekenning.Id, maand.Value.Eerste, van, rij.Invoer.Werkgever);
                if (bestaand.Contains(sleutel))
                {
                    fouten.Add(new(rij.Regel, K.Werkgever, Opgaveregels.AlGeregistreerd(rij.Invoer.Werkgever.Trim(), maand.Value)));
                }
                else if (inBestand.TryGetValue(sleutel, out var eerder))
                {
                    fouten.Add(new(rij.Regel, K.Werkgever,
                        $"Dezelfde opgave (klant, maand, persoon en werkgever) staat al op regel {eerder} van het bestand."));
                }
                else
                {
                    inBestand.Add(sleutel, rij.Regel);
                }
            }

            opgaven.Add((rij, toekenning, maand.Value));
        }

        if (fouten.Count > 0)
        {
            throw new BestandAfgekeurdException([.. fouten.OrderBy(f => f.Regel).ThenBy(f => K.Volgorde(f.Kolom))]);
        }

        var door = gebruiker.VereistePersoon();
        var nu = klok.GetUtcNow().UtcDateTime;
        var nieuw = opgaven.Select(o => Inkomstenopgave.Registreren(
            o.Toekenning.Gemeente, o.Toekenning.Id, o.Toekenning.AanvragerId, o.Maand.Eerste, o.Rij.Invoer.Gegevens(), door, nu)).ToList();
        db.Inkomstenopgaven.AddRange(nieuw);
        await db.HerstelAsync([.. nieuw.Select(o => (o.AanvragerId, o.Maand)).Distinct()], klok.Vandaag(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new InkomstenopgavenGeimporteerd(nieuw.Count, Bedrag.Som(nieuw.Select(o => o.NettoLoon)), nieuw.Min(o => o.Id), nieuw.Max(o => o.Id));
    }
}
