using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// The forms already carried out (<see cref="Formulierverzending"/>), for <see cref="TransactieBehaviour{TMessage, TResponse}"/>:
/// a key seen before gives its first answer; a new one is written with the answer in the command's transaction. The key
/// is the table's primary key, so two submits at the same moment cannot both be carried out.
/// </summary>
public sealed class Formulierverzendingen(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
{
    public const string AlGebruikt = "Dit formulier is al gebruikt voor iets anders. Open het formulier opnieuw.";

    /// <summary>The first answer when <paramref name="sleutel"/> was carried out before by this user for this command.</summary>
    public async Task<(bool Gevonden, TResponse? Antwoord)> EerderAsync<TResponse>(Guid sleutel, string opdracht, CancellationToken cancellationToken)
    {
        var eerder = await db.Formulierverzendingen.AsNoTracking().SingleOrDefaultAsync(f => f.Sleutel == sleutel, cancellationToken);
        if (eerder is null)
        {
            return (false, default);
        }

        if (!string.Equals(eerder.Opdracht, opdracht, StringComparison.Ordinal) || !string.Equals(eerder.GebruikerId, gebruiker.Id ?? "", StringComparison.Ordinal))
        {
            throw new DomeinregelException(AlGebruikt);
        }

        return (true, eerder.Antwoord is null ? default : JsonSerializer.Deserialize<TResponse>(eerder.Antwoord));
    }

    public void Vastleggen<TResponse>(Guid sleutel, string opdracht, TResponse antwoord) =>
        db.Formulierverzendingen.Add(Formulierverzending.Vastleggen(
            sleutel, gebruiker.Gemeente, gebruiker.Id ?? "", opdracht, JsonSerializer.Serialize(antwoord), klok.GetUtcNow().UtcDateTime));
}
