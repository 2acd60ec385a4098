using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Bewaren;

/// <summary>
/// A Beheerder keeps a dossier longer than its term (opschorten or verlengen, e.g. for a pending claim or a request for
/// inspection): until <see cref="Tot"/>, with the reason. The newest extension counts; every one stays in the history.
/// </summary>
public sealed class Bewaartermijnverlenging : IGemeenteEigendom
{
    public const int MaximumReden = 1000;

    private Bewaartermijnverlenging()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int PersoonId { get; private set; }

    public DateOnly Tot { get; private set; }

    public string Reden { get; private set; } = "";

    /// <summary>The Identity user id of the Beheerder.</summary>
    public string Door { get; private set; } = "";

    public DateTime Op { get; private set; }

    public static Bewaartermijnverlenging Vastleggen(
        GemeenteCode gemeente, int persoonId, DateOnly? huidigeDatum, DateOnly tot, string reden, string door, DateTime nu, DateOnly vandaag)
    {
        if (string.IsNullOrWhiteSpace(reden))
        {
            throw new DomeinregelException("Leg vast waarom het dossier langer wordt bewaard.");
        }

        if (tot <= vandaag)
        {
            throw new DomeinregelException("Een verlenging loopt tot een datum na vandaag.");
        }

        if (huidigeDatum is { } datum && tot <= datum)
        {
            throw new DomeinregelException($"De vernietigingsdatum is al {datum:dd-MM-yyyy}; een verlenging loopt tot een latere datum.");
        }

        return new Bewaartermijnverlenging
        {
            Gemeente = gemeente, PersoonId = persoonId, Tot = tot, Reden = reden.Trim(), Door = door, Op = nu,
        };
    }
}
