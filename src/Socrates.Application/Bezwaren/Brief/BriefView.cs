using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Bezwaren.Brief;

/// <summary>
/// The letter: the letterhead of the gemeente's rules in force on the day of the beslissing, the addressee (the gemachtigde
/// when there is one, on behalf of the belanghebbende) and the bezwaar with its beslissing.
/// </summary>
public sealed record BriefView(Bezwaar Bezwaar, Briefhoofd Briefhoofd, Geadresseerde Geadresseerde, string? Gemachtigde, string? BesluitKenmerk)
{
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
