using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Toekenningen.Details;

/// <summary>The toekenning as loaded (read-only, with its lines) and the aanvrager's full name.</summary>
public sealed record ToekenningDetailsView(Toekenning Toekenning, string Aanvrager)
{
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
