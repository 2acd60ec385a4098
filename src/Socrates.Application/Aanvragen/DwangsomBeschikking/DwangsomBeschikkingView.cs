using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Aanvragen.DwangsomBeschikking;

/// <summary>An aanvraag and, once its dwangsom is set (Awb 4:18), the letter of that beschikking.</summary>
public sealed record DwangsomBeschikkingView(int AanvraagId, DwangsomBrief? Brief);

/// <summary>
/// The beschikking tot vaststelling of the dwangsom: the letterhead of the gemeente's rules on the day it was set, the
/// aanvrager's name and address, the dates the law counts from (Awb 4:17 lid 3) and the amount with its build-up (lid 2),
/// or the lid 6 ground when none is due.
/// </summary>
public sealed record DwangsomBrief
{
    public required string Kenmerk { get; init; }

    /// <summary>The day of the beschikking: the day the team lead approved the vaststelling.</summary>
    public required DateOnly Datum { get; init; }

    public required Briefhoofd Briefhoofd { get; init; }

    public required Geadresseerde Geadresseerde { get; init; }

    /// <summary>The day the aanvraag was received (or reported, when it has no date of receipt).</summary>
    public required DateOnly AanvraagOntvangen { get; init; }

    public required DateOnly? UitersteBeslisdatum { get; init; }

    public required DateOnly IngebrekestellingOntvangen { get; init; }

    public required DateOnly EersteDag { get; init; }

    /// <summary>The day the besluit was taken, or the aanvraag withdrawn, when that was on or before the vaststelling; null when day 42 passed first.</summary>
    public required DateOnly? BesluitDatum { get; init; }

    public required bool Ingetrokken { get; init; }

    /// <summary>The kenmerk of the letter with the besluit on the aanvraag; null without one.</summary>
    public required string? BesluitKenmerk { get; init; }

    public required int Dagen { get; init; }

    public required DateOnly? LaatsteDag { get; init; }

    public required Bedrag Bedrag { get; init; }

    public required IReadOnlyList<Dwangsomstap> Opbouw { get; init; }

    public required GeenDwangsomGrond? GeenDwangsomGrond { get; init; }

    public required string? GeenDwangsomToelichting { get; init; }

    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
