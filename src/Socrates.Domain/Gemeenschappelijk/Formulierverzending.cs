using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Gemeenschappelijk;

/// <summary>
/// A form that was sent, by its key (<see cref="Sleutel"/>, rendered in the form), with the first answer. A form is
/// carried out once: a second submit of the same form (a double click, back and send again) gets this answer instead of
/// creating a second claim, payment or note. Written in the same transaction as what the form created.
/// </summary>
public sealed class Formulierverzending : IGemeenteEigendom
{
    public const int MaximumAntwoord = 2000;

    private Formulierverzending()
    {
    }

    public Guid Sleutel { get; private set; }

    /// <summary>Null for a form of a user of no municipality (a Normbeheerder).</summary>
    public GemeenteCode? Gemeente { get; private set; }

    public string GebruikerId { get; private set; } = "";

    /// <summary>The command's type name, as the audit trail names it.</summary>
    public string Opdracht { get; private set; } = "";

    /// <summary>The first answer as JSON (an id, or nothing); never personal data.</summary>
    public string? Antwoord { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime Tijdstip { get; private set; }

    public static Formulierverzending Vastleggen(Guid sleutel, GemeenteCode? gemeente, string gebruikerId, string opdracht, string? antwoord, DateTime tijdstip)
    {
        if (sleutel == Guid.Empty || antwoord is { Length: > MaximumAntwoord })
        {
            throw new ArgumentException("Een formuliersleutel is niet leeg en het antwoord is kort.", nameof(sleutel));
        }

        return new Formulierverzending
        {
            Sleutel = sleutel, Gemeente = gemeente, GebruikerId = gebruikerId, Opdracht = opdracht, Antwoord = antwoord, Tijdstip = tijdstip,
        };
    }
}
