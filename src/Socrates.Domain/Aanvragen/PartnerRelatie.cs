namespace Socrates.Domain.Aanvragen;

/// <summary>How the partner is the aanvrager's echtgenoot in the sense of art. 3 Participatiewet.</summary>
public enum PartnerRelatie
{
    Gehuwd,
    Samenwonend,
}
